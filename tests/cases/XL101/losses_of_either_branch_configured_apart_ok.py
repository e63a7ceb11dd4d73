"""Look-alike: the criterion is NLLLoss in one branch and CrossEntropyLoss in the other on a log_softmax model: both are right for log-probabilities, and which runs is not known, must stay silent."""
import os

import torch.nn as nn

model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 5), nn.LogSoftmax(dim=1))
if os.environ.get("LOSS") == "nll":
    criterion = nn.NLLLoss()
else:
    criterion = nn.CrossEntropyLoss()


def step(x, y):
    return criterion(model(x), y)
