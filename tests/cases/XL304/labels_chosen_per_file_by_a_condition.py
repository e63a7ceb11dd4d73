"""Bug: 0/1 labels chosen per file name ([1 if f.startswith("dog") else 0 for f in files]) become an int64 tensor for BCEWithLogitsLoss; the same list as float32 must stay silent."""
import os

import torch
import torch.nn as nn

files = sorted(os.listdir("train"))
labels = [1 if f.startswith("dog") else 0 for f in files]
features = torch.load("features.pt")
model = nn.Sequential(nn.Linear(512, 64), nn.ReLU(), nn.Linear(64, 1))
criterion = nn.BCEWithLogitsLoss()

y = torch.tensor(labels)
loss = criterion(model(features).squeeze(1), y)  # expect: XL304
y_float = torch.tensor(labels, dtype=torch.float32)
loss = criterion(model(features).squeeze(1), y_float)
