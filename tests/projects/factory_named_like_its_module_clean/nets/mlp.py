import torch.nn as nn


def mlp(num_classes=10, hidden=256):
    return nn.Sequential(
        nn.Flatten(), nn.Linear(784, hidden), nn.ReLU(),
        nn.Linear(hidden, num_classes),
    )
