"""Look-alike: __getitem__ returning each row's class index as int64 must stay silent."""
import pandas as pd
import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset


class CsvRows(Dataset):
    def __init__(self, path):
        frame = pd.read_csv(path)
        self.features = frame.drop(columns=["label"]).values
        self.labels = frame["label"].values

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, idx):
        return torch.tensor(self.features[idx], dtype=torch.float32), torch.tensor(self.labels[idx], dtype=torch.long)


model = nn.Linear(10, 4)
criterion = nn.CrossEntropyLoss()
for xb, yb in DataLoader(CsvRows("train.csv"), batch_size=32, shuffle=True):
    loss = criterion(model(xb), yb)
