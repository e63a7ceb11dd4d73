"""Bug: a binary cross-entropy written by hand on raw logits (log(1 - logits) is NaN above 1)."""
# The same loss on sigmoid probabilities stays silent.
import torch
from torch import nn

net = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 1))
x = torch.randn(64, 16)
y = torch.randint(0, 2, (64, 1)).float()

logits = net(x)
loss = -(y * torch.log(logits) + (1 - y) * torch.log(1 - logits)).mean()  # expect: XL102

p = torch.sigmoid(net(x))
ok = -(y * torch.log(p + 1e-7) + (1 - y) * torch.log(1 - p + 1e-7)).mean()
