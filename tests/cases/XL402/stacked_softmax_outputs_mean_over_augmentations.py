"""Bug: softmax outputs of flipped images stacked, averaged over the augmentations, then thresholded."""
import torch
import torch.nn as nn
import torch.nn.functional as F

model = nn.Sequential(nn.Flatten(), nn.Linear(3 * 64 * 64, 4))
criterion = nn.CrossEntropyLoss()
for x, y in train_loader:
    loss = criterion(model(x), y)

with torch.no_grad():
    views = [F.softmax(model(images), dim=1), F.softmax(model(images.flip(3)), dim=1)]
    probs = torch.stack(views).mean(0)
    hits = probs >= 0.5  # expect: XL402
