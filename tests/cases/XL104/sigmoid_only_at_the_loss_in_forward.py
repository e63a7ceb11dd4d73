"""Bug: a forward applies sigmoid only to feed BCELoss and returns the logits: the fused loss exists."""
import torch
import torch.nn as nn


class LogitsTagger(nn.Module):
    def __init__(self, n_labels=6):
        super().__init__()
        self.classifier = nn.Linear(768, n_labels)
        self.criterion = nn.BCELoss()

    def forward(self, features, labels=None):
        logits = self.classifier(features)
        if labels is not None:
            return self.criterion(torch.sigmoid(logits), labels), logits  # expect: XL104
        return logits
