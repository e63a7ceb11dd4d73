"""Look-alike: a forward that returns (logits, probabilities) with the logits given to CrossEntropyLoss must stay silent."""
import torch.nn as nn
import torch.nn.functional as F


class Classifier(nn.Module):
    def __init__(self, hidden=128, num_classes=12):
        super().__init__()
        self.out = nn.Linear(hidden, num_classes)

    def forward(self, x):
        logits = self.out(x)
        return logits, F.softmax(logits, dim=1)


model = Classifier()
criterion = nn.CrossEntropyLoss()


def step(features, targets):
    logits, probs = model(features)
    predictions = probs.argmax(dim=1)
    return criterion(logits, targets), predictions
