"""Bug: convolutional features flattened with the tensor method .flatten(1) (and an audio model's pooled features squeezed with .squeeze(-1)) before the Linear head, then a softmax over dim=0: the batch axis."""
import torch.nn as nn
import torch.nn.functional as F


class ImageNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 16, 3)
        self.fc = nn.Linear(16 * 30 * 30, 10)

    def forward(self, x):
        h = F.relu(self.conv(x)).flatten(1)
        return F.softmax(self.fc(h), dim=0)  # expect: XL105


class KeywordSpotter(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Sequential(nn.Conv1d(64, 128, 5), nn.AdaptiveMaxPool1d(1))
        self.fc = nn.Linear(128, 35)

    def forward(self, mel):
        h = self.conv(mel).squeeze(-1)
        return F.log_softmax(self.fc(h), dim=0)  # expect: XL105
