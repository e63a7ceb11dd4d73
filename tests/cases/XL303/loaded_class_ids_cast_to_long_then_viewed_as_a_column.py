"""Bug: class ids loaded from disk and cast to int64 are made one column with .view(-1, 1) in the CrossEntropyLoss call: (N, 1) targets raise a shape error."""
import numpy as np
import torch
import torch.nn as nn

features = torch.from_numpy(np.load("clip_features.npy")).float()
class_ids = torch.from_numpy(np.load("clip_classes.npy")).long()

model = nn.Sequential(nn.Linear(features.shape[1], 128), nn.ReLU(), nn.Linear(128, 10))
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters())
for start in range(0, len(features), 64):
    xb = features[start:start + 64]
    yb = class_ids[start:start + 64]
    loss = criterion(model(xb), yb.view(-1, 1))  # expect: XL303
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
