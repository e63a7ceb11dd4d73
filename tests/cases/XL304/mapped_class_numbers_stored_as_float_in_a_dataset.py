"""Bug: a Dataset numbers each heartbeat's class through a label map and returns it as a float32 tensor, which CrossEntropyLoss rejects as class indices; the int64 twin must stay silent."""
import numpy as np
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, Dataset

LABEL_MAP = {"N": 0, "S": 1, "V": 2, "F": 3, "Q": 4}


class Beats(Dataset):
    def __init__(self, signals, names, dtype=torch.float32):
        self.signals = signals
        self.targets = [LABEL_MAP[name] for name in names]
        self.dtype = dtype

    def __len__(self):
        return len(self.targets)

    def __getitem__(self, i):
        return torch.tensor(self.signals[i]), torch.tensor(self.targets[i], dtype=torch.float32)


class LongBeats(Beats):
    def __getitem__(self, i):
        return torch.tensor(self.signals[i]), torch.tensor(self.targets[i], dtype=torch.long)


signals, names = np.load("beats.npy"), np.load("names.npy")
model = nn.Sequential(nn.Linear(187, 64), nn.ReLU(), nn.Linear(64, 5))
criterion = nn.CrossEntropyLoss()
for x, y in DataLoader(Beats(signals, names), batch_size=64):
    loss = criterion(model(x), y)  # expect: XL304
for x, y in DataLoader(LongBeats(signals, names), batch_size=64):
    loss = criterion(model(x), y)
