"""Bug: each folder's number from enumerate, appended per file, stored as float32 and given to CrossEntropyLoss; the same list as a default (int64) tensor must stay silent."""
import os

import torch
import torch.nn as nn

paths, targets = [], []
for idx, name in enumerate(sorted(os.listdir("data"))):
    for fname in os.listdir(os.path.join("data", name)):
        paths.append(os.path.join("data", name, fname))
        targets.append(idx)

features = torch.randn(len(paths), 16)
model = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 4))
criterion = nn.CrossEntropyLoss()

y = torch.tensor(targets, dtype=torch.float32)
loss = criterion(model(features), y)  # expect: XL304
y_long = torch.tensor(targets)
loss_long = criterion(model(features), y_long)
