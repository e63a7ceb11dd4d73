"""Experiment configuration with literal defaults."""
from dataclasses import dataclass


@dataclass
class TrainConfig:
    num_classes: int = 10
    hidden: int = 64
    epochs: int = 5
