"""Look-alike: one branch builds a softmax model, the other a logits model, and CrossEntropyLoss is right for one of them only: which runs is not known, must stay silent."""
import sys

import torch.nn as nn

if sys.argv[1] == "calibrated":
    model = nn.Sequential(nn.Linear(64, 10), nn.Softmax(dim=1))
else:
    model = nn.Sequential(nn.Linear(64, 256), nn.ReLU(), nn.Linear(256, 10))
criterion = nn.CrossEntropyLoss()


def train_step(optimizer, inputs, targets):
    loss = criterion(model(inputs), targets)
    loss.backward()
