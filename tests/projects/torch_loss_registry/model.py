"""The classifier."""
import torch.nn as nn
import torch.nn.functional as F


class Classifier(nn.Module):
    def __init__(self, in_features=20, num_classes=4):
        super().__init__()
        self.hidden = nn.Linear(in_features, 64)
        self.out = nn.Linear(64, num_classes)

    def forward(self, x):
        return F.softmax(self.out(F.relu(self.hidden(x))), dim=1)
