"""Bug: a forward(x, targets=None) gives its raw one-unit output to binary_cross_entropy when it is given targets."""
import torch.nn as nn
import torch.nn.functional as F


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.out = nn.Linear(32, 1)

    def forward(self, x, targets=None):
        logits = self.out(x)
        if targets is None:
            return logits
        return F.binary_cross_entropy(logits, targets)  # expect: XL102
