"""Bug: labels read from disk and a model's output are passed to BCEWithLogitsLoss in the wrong order."""
import numpy as np
import torch
import torch.nn as nn

X = torch.tensor(np.load("features.npy"), dtype=torch.float32)
model = nn.Sequential(nn.Linear(X.shape[1], 32), nn.ReLU(), nn.Linear(32, 1))
criterion = nn.BCEWithLogitsLoss()
logits = model(X).squeeze(1)
targets = np.load("labels.npy")
loss = criterion(targets, logits)  # expect: XL501
