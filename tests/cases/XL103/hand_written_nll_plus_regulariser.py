"""Bug: a hand-written NLL on raw logits plus a regulariser."""
import torch
from torch import nn
model = nn.Sequential(nn.Linear(4, 3))
y = torch.tensor([0, 1, 2])
out = model(x)
loss = -out[range(3), y].mean() + 0.01 * penalty  # expect: XL103
