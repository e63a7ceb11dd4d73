"""Look-alike: the name is lowercased before choosing, and "CE" picks CrossEntropyLoss for a network that ends in raw scores, must stay silent."""
import torch
from torch import nn


def build_criterion(name):
    name = name.strip().lower()
    if name == "ce":
        return nn.CrossEntropyLoss()
    if name == "nll":
        return nn.NLLLoss()
    raise KeyError(name)


net = nn.Sequential(nn.Linear(40, 64), nn.ReLU(), nn.Linear(64, 6))
criterion = build_criterion("CE")
inputs, targets = torch.randn(32, 40), torch.randint(0, 6, (32,))
loss = criterion(net(inputs), targets)
loss.backward()
