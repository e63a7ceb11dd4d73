"""Bug: MultilabelF1Score (its task in its name) thresholds each of a softmax's probabilities."""
import torch
import torch.nn.functional as F
from torch import nn
from torchmetrics.classification import MultilabelF1Score

model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 10))
f1 = MultilabelF1Score(num_labels=10)


def evaluate(loader):
    model.eval()
    with torch.no_grad():
        for x, y in loader:
            loss = F.cross_entropy(model(x), y)
            probs = F.softmax(model(x), dim=1)
            f1.update(probs, F.one_hot(y, 10))  # expect: XL402
    return f1.compute(), loss
