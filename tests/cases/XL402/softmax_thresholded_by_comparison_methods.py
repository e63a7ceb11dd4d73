"""Bug: softmax probabilities thresholded with probs.gt(0.5) / torch.ge(probs, 0.5) (a comparison spelled as a call); a gate on the top probability must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F

classifier = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 8))
criterion = nn.CrossEntropyLoss()

for images, targets in train_loader:
    loss = criterion(classifier(images), targets)
    loss.backward()

probs = F.softmax(classifier(test_images), dim=1)
chosen = probs.gt(0.5).float()  # expect: XL402
flags = torch.ge(probs, 0.5)  # expect: XL402
confident = probs.max(dim=1).values.ge(0.9)
kept = torch.gt(probs.max(1).values, 0.95)
