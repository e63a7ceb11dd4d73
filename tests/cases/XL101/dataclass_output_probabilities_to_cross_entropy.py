"""Bug: forward returns a dataclass whose probs field is a softmax; read as out.probs it goes to nn.CrossEntropyLoss."""
from dataclasses import dataclass
from typing import NamedTuple

import torch
import torch.nn as nn


@dataclass
class ClassifierOutput:
    probs: torch.Tensor
    hidden: torch.Tensor


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(32, 64), nn.ReLU())
        self.head = nn.Linear(64, 6)

    def forward(self, x):
        hidden = self.body(x)
        return ClassifierOutput(probs=torch.softmax(self.head(hidden), dim=-1), hidden=hidden)


class Batch(NamedTuple):
    inputs: torch.Tensor
    targets: torch.Tensor


model = Classifier()
criterion = nn.CrossEntropyLoss()  # expect: XL101
for batch in loader:
    out = model(batch.inputs)
    loss = criterion(out.probs, batch.targets)
    loss.backward()
