"""Bug: the model is built in either branch of a flag known only at run time (small or large), both ending in nn.Softmax, then trained with CrossEntropyLoss: whichever runs, the softmax is applied twice."""
import sys

import torch.nn as nn

if sys.argv[1] == "small":
    model = nn.Sequential(nn.Linear(64, 10), nn.Softmax(dim=1))
else:
    model = nn.Sequential(nn.Linear(64, 256), nn.ReLU(), nn.Linear(256, 10), nn.Softmax(dim=1))
criterion = nn.CrossEntropyLoss()  # expect: XL101


def train_step(optimizer, inputs, targets):
    optimizer.zero_grad()
    loss = criterion(model(inputs), targets)
    loss.backward()
    optimizer.step()
