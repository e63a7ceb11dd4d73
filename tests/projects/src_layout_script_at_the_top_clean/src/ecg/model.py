import torch
from torch import nn


class RhythmNet(nn.Module):
    def __init__(self, leads=12, rhythms=5):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv1d(leads, 32, 7, padding=3), nn.ReLU(), nn.AdaptiveAvgPool1d(1), nn.Flatten())
        self.head = nn.Linear(32, rhythms)

    def forward(self, signal):
        return self.head(self.features(signal))
