"""Look-alike: thresholded labels given their (N, 1) shape back, or sliced as a column block, must stay silent."""
import torch
import torch.nn as nn

X = torch.randn(1024, 8)
model = nn.Linear(8, 1)
criterion = nn.BCEWithLogitsLoss()
loss = criterion(model(X), (X[:, 0] > 0).float().unsqueeze(1))
loss = criterion(model(X), (X[:, :1] > 0).float())
loss = criterion(model(X).squeeze(1), (X[:, 0] > 0).float())
