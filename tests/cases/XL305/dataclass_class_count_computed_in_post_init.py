"""Bug: the config's num_labels is computed in __post_init__ from its four intents, but the labels carry five classes."""
from dataclasses import dataclass, field

import torch
from torch import nn


@dataclass
class IntentConfig:
    intents: list = field(default_factory=lambda: ["greet", "order", "cancel", "refund"])
    hidden: int = 128

    def __post_init__(self):
        self.num_labels = len(self.intents)


config = IntentConfig()
targets = torch.tensor([0, 1, 2, 3, 4, 2, 1, 0])
features = torch.randn(len(targets), 300)
classifier = nn.Sequential(
    nn.Linear(300, config.hidden), nn.ReLU(), nn.Linear(config.hidden, config.num_labels),  # expect: XL305
)
loss = nn.CrossEntropyLoss()(classifier(features), targets)
loss.backward()
