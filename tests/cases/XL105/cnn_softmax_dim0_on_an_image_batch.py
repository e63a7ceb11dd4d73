"""Bug: a CNN classifier is run on a batch of images of a known shape and its scores are normalised over axis 0, the batch."""
import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(),
    nn.Linear(16, 10),
)
images = torch.rand(8, 3, 32, 32)
with torch.no_grad():
    probs = torch.softmax(model(images), dim=0)  # expect: XL105
print(probs.argmax(dim=1))
