"""Bug: a Dataset's __getitem__ returns its encoded label in a list of one (torch.tensor([label])), so batches of class indices are (N, 1) for CrossEntropyLoss."""
import pandas as pd
import torch
from sklearn.preprocessing import LabelEncoder
from torch import nn
from torch.utils.data import DataLoader, Dataset

table = pd.read_csv("leaves.csv")
species = LabelEncoder().fit_transform(table["species"])
features = table.drop(columns=["species"]).values


class Leaves(Dataset):
    def __init__(self, rows, labels):
        self.rows, self.labels = rows, labels

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, index):
        return torch.tensor(self.rows[index], dtype=torch.float32), torch.tensor([self.labels[index]])


model = nn.Sequential(nn.Linear(features.shape[1], 64), nn.ReLU(), nn.Linear(64, 99))
criterion = nn.CrossEntropyLoss()
for rows, labels in DataLoader(Leaves(features, species), batch_size=32, shuffle=True):
    loss = criterion(model(rows), labels)  # expect: XL303
    loss.backward()
