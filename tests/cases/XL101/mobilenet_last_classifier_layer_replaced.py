"""Look-alike: MobileNetV3's last classifier layer replaced by a linear layer of logits (by [-1] and by its index) must stay silent."""
import torch
from torch import nn
from torchvision import models

model = models.mobilenet_v3_large(weights="DEFAULT")
model.classifier[-1] = nn.Linear(1280, 5)
model.classifier[3] = nn.Linear(1280, 5)
criterion = nn.CrossEntropyLoss()
for images, labels in train_loader:
    loss = criterion(model(images), labels)
