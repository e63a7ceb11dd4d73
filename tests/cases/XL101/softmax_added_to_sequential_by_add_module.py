"""Bug: a Softmax added to nn.Sequential with add_module reaches CrossEntropyLoss (the unsafe fix must not cut add_module's argument)."""
import torch
from torch import nn

net = nn.Sequential(nn.Linear(10, 3))
net.add_module("softmax", nn.Softmax(dim=1))
loss = nn.CrossEntropyLoss()(net(torch.randn(8, 10)), torch.randint(0, 3, (8,)))  # expect: XL101
