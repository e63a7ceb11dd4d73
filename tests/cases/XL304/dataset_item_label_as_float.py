"""Bug: __getitem__ returns each row's class index as a float32 tensor; CrossEntropyLoss needs int64."""
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
        x = torch.tensor(self.features[idx], dtype=torch.float32)
        y = torch.tensor(self.labels[idx], dtype=torch.float32)
        return x, y


model = nn.Linear(10, 4)
criterion = nn.CrossEntropyLoss()
for xb, yb in DataLoader(CsvRows("train.csv"), batch_size=32, shuffle=True):
    loss = criterion(model(xb), yb)  # expect: XL304
