"""Look-alike: __post_init__ computes num_labels from the five intents, as many as the labels carry, must stay silent."""
from dataclasses import dataclass, field

import torch
from torch import nn


@dataclass
class IntentConfig:
    intents: list = field(default_factory=lambda: ["greet", "order", "cancel", "refund", "other"])
    hidden: int = 128

    def __post_init__(self):
        self.num_labels = len(self.intents)


config = IntentConfig()
targets = torch.tensor([0, 1, 2, 3, 4, 2, 1, 0])
features = torch.randn(len(targets), 300)
classifier = nn.Sequential(
    nn.Linear(300, config.hidden), nn.ReLU(), nn.Linear(config.hidden, config.num_labels),
)
loss = nn.CrossEntropyLoss()(classifier(features), targets)
loss.backward()
