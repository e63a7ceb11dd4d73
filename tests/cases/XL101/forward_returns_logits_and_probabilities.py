"""Bug: a forward that returns (logits, probabilities) has its probabilities, not its logits, unpacked into CrossEntropyLoss."""
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
criterion = nn.CrossEntropyLoss()  # expect: XL101


def step(features, targets):
    _, probs = model(features)
    return criterion(probs, targets)


def second(features, targets):
    return F.cross_entropy(model(features)[1], targets)  # expect: XL101


def correct(features, targets):  # the logits, as the loss expects: silent
    logits, probs = model(features)
    return nn.CrossEntropyLoss()(logits, targets), probs.argmax(dim=1)
