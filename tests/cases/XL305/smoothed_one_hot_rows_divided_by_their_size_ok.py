"""Look-alike: five-class rows smoothed over `onehot.size(1)` against five logits, must stay silent."""
import torch
import torch.nn.functional as F
from torch import nn

head = nn.Linear(768, 5)
criterion = nn.CrossEntropyLoss()


def step(features, labels, smoothing=0.1):
    onehot = F.one_hot(labels, num_classes=5).float()
    soft = onehot * (1 - smoothing) + smoothing / onehot.size(1)
    return criterion(head(features), soft)


step(torch.randn(8, 768), torch.randint(0, 5, (8,))).backward()
