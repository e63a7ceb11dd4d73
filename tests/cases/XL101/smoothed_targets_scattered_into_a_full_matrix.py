"""Bug: label-smoothed targets are built with torch.full(...).scatter_(...) and the hand-written loss takes log_softmax of a model that already ends in softmax."""
import torch
import torch.nn.functional as F
from torch import nn

CLASSES, SMOOTHING = 100, 0.1

model = nn.Sequential(nn.Linear(512, 256), nn.ReLU(), nn.Linear(256, CLASSES), nn.Softmax(dim=-1))
features = torch.randn(64, 512)
targets = torch.randint(0, CLASSES, (64,))


def smoothed_cross_entropy(scores, labels):
    log_probs = F.log_softmax(scores, dim=-1)  # expect: XL101
    true_dist = torch.full((64, CLASSES), SMOOTHING / (CLASSES - 1))
    true_dist.scatter_(1, labels.unsqueeze(1), 1.0 - SMOOTHING)
    return -(true_dist * log_probs).sum(dim=-1).mean()


loss = smoothed_cross_entropy(model(features), targets)
loss.backward()
