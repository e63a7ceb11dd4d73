"""Look-alike: one thresholded random column as binary targets for one logit must stay silent."""
import torch
import torch.nn as nn

model = nn.Linear(16, 1)
criterion = nn.BCEWithLogitsLoss()
x = torch.randn(32, 16)
target = (torch.rand(32, 1) > 0.5).float()
loss = criterion(model(x), target)
