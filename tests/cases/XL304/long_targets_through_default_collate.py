"""Look-alike: int64 wine-quality classes through default_collate spelled out, and through a collate of the user's that calls it, must stay silent."""
import pandas as pd
import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset, TensorDataset, default_collate


class Wines(Dataset):
    def __init__(self, frame):
        self.x = torch.tensor(frame.drop(columns=["quality"]).values, dtype=torch.float32)
        self.y = torch.tensor(frame["quality"].values, dtype=torch.long)

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return {"features": self.x[i], "quality": self.y[i]}


def collate(batch):
    return torch.utils.data.default_collate(batch)


frame = pd.read_csv("winequality.csv")
model = nn.Sequential(nn.Linear(11, 64), nn.ReLU(), nn.Linear(64, 6))
criterion = nn.CrossEntropyLoss()
for batch in DataLoader(Wines(frame), batch_size=32, collate_fn=default_collate):
    loss = criterion(model(batch["features"]), batch["quality"])
    loss.backward()

features = torch.randn(100, 11)
grades = torch.tensor([0, 1, 2] * 33 + [0], dtype=torch.long)
for xb, yb in DataLoader(TensorDataset(features, grades), batch_size=32, collate_fn=collate):
    loss = criterion(model(xb), yb)
    loss.backward()
