"""Look-alike: the same cosine head normalised over its classes, must stay silent."""
import torch
import torch.nn.functional as F
from torch import nn


class CosineHead(nn.Module):
    def __init__(self, in_features, n_classes, scale=30.0):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(n_classes, in_features))
        self.scale = scale

    def forward(self, features):
        return self.scale * F.linear(F.normalize(features, dim=1), F.normalize(self.weight, dim=1))


head = CosineHead(512, 100)
features = torch.randn(64, 512)
labels = torch.randint(0, 100, (64,))
loss = F.nll_loss(F.log_softmax(head(features), dim=1), labels)
