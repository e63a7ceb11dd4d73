"""Bug: a loader's targets made one column in the call (yb.view(-1, 1), yb.unsqueeze(1), yb[:, None]) for CrossEntropyLoss, which rejects (N, 1) targets whatever they hold; the same column for BCEWithLogitsLoss against one logit, and yb.view(-1) for CrossEntropyLoss, must stay silent."""
import torch.nn as nn

classifier = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 10))
detector = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 1))
ce, bce = nn.CrossEntropyLoss(), nn.BCEWithLogitsLoss()
for xb, yb in train_loader:
    loss = ce(classifier(xb), yb.view(-1, 1))  # expect: XL303
    loss = ce(classifier(xb), yb.unsqueeze(1))  # expect: XL303
    loss = ce(classifier(xb), yb[:, None])  # expect: XL303
    loss = ce(classifier(xb), yb.view(-1))
for xb, flags in flag_loader:
    loss = bce(detector(xb), flags.view(-1, 1).float())
