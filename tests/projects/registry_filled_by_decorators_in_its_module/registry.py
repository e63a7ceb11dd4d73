"""Models registered by name as their module defines them."""
import torch.nn as nn

MODELS = {}


def register(name):
    def add(cls):
        MODELS[name] = cls
        return cls
    return add


@register("mlp")
class MLP(nn.Module):
    def __init__(self, classes=10):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, classes),
                                  nn.Softmax(dim=1))

    def forward(self, x):
        return self.body(x)


@register("wide")
class Wide(nn.Module):
    def __init__(self, classes=10):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(64, 512), nn.ReLU(), nn.Linear(512, classes),
                                  nn.Softmax(dim=1))

    def forward(self, x):
        return self.body(x)


CUSTOM = {}
CUSTOM["tiny"] = MLP
