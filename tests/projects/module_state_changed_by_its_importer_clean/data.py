"""Labels encoded by one encoder, and the models the scripts may pick by name."""
import torch.nn as nn
from sklearn.preprocessing import LabelEncoder

encoder = LabelEncoder()
encoder.fit(["low", "medium", "high"])

MODELS = {}


def register(name):
    def add(cls):
        MODELS[name] = cls
        return cls
    return add


@register("mlp")
class ProbMLP(nn.Module):
    def __init__(self, classes=3):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(8, classes), nn.Softmax(dim=1))

    def forward(self, x):
        return self.body(x)


def encode(names):
    return encoder.transform(names)
