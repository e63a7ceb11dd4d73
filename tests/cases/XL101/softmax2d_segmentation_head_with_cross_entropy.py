"""Bug: a segmentation head ending in nn.Softmax2d() (a softmax over the channels) trained with CrossEntropyLoss; the head without it must stay silent."""
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(3, 64, 3, padding=1), nn.ReLU(),
    nn.Conv2d(64, 10, 1), nn.Softmax2d(),
)
logits_model = nn.Sequential(nn.Conv2d(3, 64, 3, padding=1), nn.ReLU(), nn.Conv2d(64, 10, 1))
criterion = nn.CrossEntropyLoss()
for images, masks in loader:
    loss = criterion(model(images), masks) + criterion(logits_model(images), masks)  # expect: XL101
