"""Bug: the nested dataclass config (field(default_factory=ModelConfig)) gives the head 6 classes, but the labels are drawn from the data config's 7."""
from dataclasses import dataclass, field

import torch
from torch import nn


@dataclass
class ModelConfig:
    hidden: int = 128
    num_classes: int = 6


@dataclass
class DataConfig:
    num_classes: int = 7
    batch_size: int = 64


@dataclass
class Config:
    model: ModelConfig = field(default_factory=ModelConfig)
    data: DataConfig = field(default_factory=DataConfig)
    tags: list = field(default_factory=list)
    seed: int = field(default=0)


cfg = Config()
torch.manual_seed(cfg.seed)
model = nn.Sequential(nn.Linear(32, cfg.model.hidden), nn.ReLU(),
                      nn.Linear(cfg.model.hidden, cfg.model.num_classes))  # expect: XL305
labels = torch.randint(0, cfg.data.num_classes, (cfg.data.batch_size,))
loss = nn.CrossEntropyLoss()(model(torch.randn(cfg.data.batch_size, 32)), labels)
