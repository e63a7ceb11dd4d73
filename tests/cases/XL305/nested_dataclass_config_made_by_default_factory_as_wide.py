"""Look-alike: the nested dataclass config made by default_factory, overridden where the config is built, gives the head as many classes as the labels, must stay silent."""
from dataclasses import dataclass, field

import torch
from torch import nn


@dataclass
class ModelConfig:
    hidden: int = 128
    num_classes: int = 6


@dataclass
class Config:
    model: ModelConfig = field(default_factory=ModelConfig)
    num_classes: int = 7


cfg = Config(model=ModelConfig(num_classes=7))
model = nn.Sequential(nn.Linear(32, cfg.model.hidden), nn.ReLU(),
                      nn.Linear(cfg.model.hidden, cfg.model.num_classes))
labels = torch.randint(0, cfg.num_classes, (64,))
loss = nn.CrossEntropyLoss()(model(torch.randn(64, 32)), labels)
