"""Bug: the criterion is CrossEntropyLoss in both branches of a run-time option (with or without label smoothing) and the model ends in a softmax: either way the softmax is applied twice."""
import os

import torch.nn as nn

model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 5), nn.Softmax(dim=1))


def build_criterion(name):
    if name == "smooth":
        return nn.CrossEntropyLoss(label_smoothing=0.1)  # expect: XL101
    return nn.CrossEntropyLoss()


criterion = build_criterion(os.environ["LOSS"])


def step(x, y):
    return criterion(model(x), y)
