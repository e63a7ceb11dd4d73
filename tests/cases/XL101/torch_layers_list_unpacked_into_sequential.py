"""Bug: a list of layers ending in Softmax is unpacked into nn.Sequential and trained with CrossEntropyLoss."""
import torch
import torch.nn as nn

layers = [nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 4), nn.Softmax(dim=1)]
net = nn.Sequential(*layers)
criterion = nn.CrossEntropyLoss()  # expect: XL101
x, y = torch.randn(8, 20), torch.randint(0, 4, (8,))
loss = criterion(net(x), y)
