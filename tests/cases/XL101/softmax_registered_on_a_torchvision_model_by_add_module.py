"""Look-alike: a softmax registered with add_module on an EfficientNet (its forward never calls it) must stay silent."""
import torch
import torch.nn as nn
from torchvision import models

model = models.efficientnet_b0(weights=None)
model.classifier[-1] = nn.Linear(1280, 5)
model.add_module("softmax", nn.Softmax(dim=1))  # used by hand at inference
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for images, labels in train_loader:
    loss = criterion(model(images), labels)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
