"""Bug: build_criterion lowercases the name it is given before choosing, so "CE" picks CrossEntropyLoss, and the network already ends in softmax."""
import torch
from torch import nn


def build_criterion(name):
    name = name.strip().lower()
    if name == "ce":
        return nn.CrossEntropyLoss()  # expect: XL101
    if name == "nll":
        return nn.NLLLoss()
    raise KeyError(name)


net = nn.Sequential(nn.Linear(40, 64), nn.ReLU(), nn.Linear(64, 6), nn.Softmax(dim=1))
criterion = build_criterion("CE")
inputs, targets = torch.randn(32, 40), torch.randint(0, 6, (32,))
loss = criterion(net(inputs), targets)
loss.backward()
