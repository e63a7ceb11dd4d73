import torch.nn as nn
import torch.nn.functional as F


class ConvNet(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.classifier = nn.Linear(128, num_classes)

    def forward(self, x):
        return F.softmax(self.classifier(x), dim=1)
