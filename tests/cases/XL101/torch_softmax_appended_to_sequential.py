"""Bug: a Softmax appended to an nn.Sequential after it was built meets CrossEntropyLoss."""
import torch.nn as nn

net = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 4))
net.append(nn.Softmax(dim=1))
criterion = nn.CrossEntropyLoss()  # expect: XL101
loss = criterion(net(features), labels)

head = nn.Sequential(nn.Linear(64, 4))
head.add_module("probabilities", nn.Softmax(dim=1))
loss = nn.CrossEntropyLoss()(head(hidden), labels)  # expect: XL101
