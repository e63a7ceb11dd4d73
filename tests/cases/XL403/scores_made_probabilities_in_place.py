"""Bug: the logits of a BCEWithLogitsLoss model thresholded at 0.5; the same scores turned into probabilities in place (scores.sigmoid_()) before the threshold must stay silent."""
import torch
import torch.nn as nn

model = nn.Linear(10, 1)
criterion = nn.BCEWithLogitsLoss()
features = torch.load("features.pt")
targets = torch.load("targets.pt").float().unsqueeze(1)
loss = criterion(model(features), targets)

with torch.no_grad():
    scores = model(features)
    scores.sigmoid_()
    predicted = scores > 0.5
    logits = model(features)
    wrong = logits > 0.5  # expect: XL403
