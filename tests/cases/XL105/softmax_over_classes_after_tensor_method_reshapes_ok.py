"""Look-alike: the same reshapes (.flatten(1), .squeeze(-1)) followed by a softmax over dim=1, the class axis; and a single sample flattened whole (.flatten()) before a softmax over its only axis: all right, must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class ImageNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 16, 3)
        self.fc = nn.Linear(16 * 30 * 30, 10)

    def forward(self, x):
        h = F.relu(self.conv(x)).flatten(1)
        return F.softmax(self.fc(h), dim=1)


class KeywordSpotter(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Sequential(nn.Conv1d(64, 128, 5), nn.AdaptiveMaxPool1d(1))
        self.fc = nn.Linear(128, 35)

    def forward(self, mel):
        h = self.conv(mel).squeeze(-1)
        return F.log_softmax(self.fc(h), dim=1)


net = ImageNet()
with torch.no_grad():
    scores = net.fc(torch.randn(16 * 30 * 30)).flatten()
    probabilities = F.softmax(scores, dim=0)
