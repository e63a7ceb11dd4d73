"""Look-alike: a Dataset's __getitem__ returns its 0/1 label as a float list of one (torch.tensor([label], dtype=torch.float32)), batched (N, 1) against the one-unit output of BCEWithLogitsLoss, must stay silent."""
import pandas as pd
import torch
from sklearn.preprocessing import LabelEncoder
from torch import nn
from torch.utils.data import DataLoader, Dataset

table = pd.read_csv("loans.csv")
defaulted = LabelEncoder().fit_transform(table["status"])
features = table.drop(columns=["status"]).values


class Loans(Dataset):
    def __init__(self, rows, labels):
        self.rows, self.labels = rows, labels

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, index):
        return (torch.tensor(self.rows[index], dtype=torch.float32),
                torch.tensor([self.labels[index]], dtype=torch.float32))


model = nn.Sequential(nn.Linear(features.shape[1], 64), nn.ReLU(), nn.Linear(64, 1))
criterion = nn.BCEWithLogitsLoss()
for rows, labels in DataLoader(Loans(features, defaulted), batch_size=32, shuffle=True):
    loss = criterion(model(rows), labels)
    loss.backward()
