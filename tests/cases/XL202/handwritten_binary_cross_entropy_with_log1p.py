"""Look-alike: a hand-written binary cross-entropy whose second term uses log1p must stay silent."""
# `(1 - y) * torch.log1p(-p)` is log(1 - p) written for precision: with `y * torch.log(p)` it is a
# binary cross-entropy on independent sigmoid outputs, not a categorical one.
import torch
import torch.nn as nn
import torch.nn.functional as F

labels = F.one_hot(torch.randint(0, 6, (128,)), num_classes=6).float()
model = nn.Sequential(nn.Linear(32, 64), nn.ReLU(), nn.Linear(64, 6), nn.Sigmoid())
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

for step in range(100):
    p = model(torch.randn(128, 32)).clamp(1e-6, 1 - 1e-6)
    loss = -(labels * torch.log(p) + (1 - labels) * torch.log1p(-p)).sum(dim=1).mean()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
