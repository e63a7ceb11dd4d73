"""Bug: the helper's new VGG head ends in softmax, and the loop trains it with CrossEntropyLoss."""
import torch
from torch import nn
from torchvision import models

from heads import replace_classifier

model = models.vgg16(weights="IMAGENET1K_V1")
replace_classifier(model, 5)
criterion = nn.CrossEntropyLoss()  # expect: XL101
optimizer = torch.optim.SGD(model.parameters(), lr=0.001)
for images, labels in train_loader:
    loss = criterion(model(images), labels)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
