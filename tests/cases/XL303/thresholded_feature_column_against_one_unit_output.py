"""Bug: labels thresholded from one feature column have shape (N,) against a Linear(8, 1) output in BCEWithLogitsLoss."""
import torch
import torch.nn as nn

X = torch.randn(1024, 8)
y = (X[:, 0] > 0).float()
model = nn.Linear(8, 1)
criterion = nn.BCEWithLogitsLoss()
loss = criterion(model(X), y)  # expect: XL303
