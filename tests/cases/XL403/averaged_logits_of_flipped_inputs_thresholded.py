"""Bug: the logits of a BCEWithLogitsLoss model averaged over flipped inputs, thresholded at 0.5."""
import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(40, 32), nn.ReLU(), nn.Linear(32, 1))
criterion = nn.BCEWithLogitsLoss()
for x, y in loader:
    loss = criterion(model(x), y)

with torch.no_grad():
    scores = (model(x_test) + model(x_test.flip(1))) / 2
    predicted = (scores > 0.5).long()  # expect: XL403
