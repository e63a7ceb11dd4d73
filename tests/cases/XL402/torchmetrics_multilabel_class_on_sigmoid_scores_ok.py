"""Look-alike: MultilabelF1Score on a multi-label model's sigmoid scores, must stay silent."""
import torch
from torch import nn
from torchmetrics.classification import MultilabelF1Score

model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 10))
criterion = nn.BCEWithLogitsLoss()
f1 = MultilabelF1Score(num_labels=10)


def evaluate(loader):
    model.eval()
    with torch.no_grad():
        for x, y in loader:
            loss = criterion(model(x), y.float())
            f1.update(torch.sigmoid(model(x)), y)
    return f1.compute(), loss
