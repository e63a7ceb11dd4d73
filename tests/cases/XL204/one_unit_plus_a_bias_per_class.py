"""Look-alike: one shared unit plus a bias per class broadcasts to (N, C) logits for cross_entropy, and must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class SharedScore(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.fc = nn.Linear(20, 1, bias=False)
        self.class_bias = nn.Parameter(torch.zeros(num_classes))

    def forward(self, x):
        return self.fc(x) + self.class_bias


loss = F.cross_entropy(SharedScore()(torch.randn(8, 20)), torch.randint(0, 10, (8,)))
