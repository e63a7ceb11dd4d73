"""Bug: VGG16's last classifier layer is replaced by a head that ends in softmax, then trained with CrossEntropyLoss."""
import torch
from torch import nn
from torchvision import models

model = models.vgg16(weights="IMAGENET1K_V1")
for p in model.features.parameters():
    p.requires_grad = False
model.classifier[6] = nn.Sequential(nn.Linear(4096, 5), nn.Softmax(dim=1))
criterion = nn.CrossEntropyLoss()  # expect: XL101
optimizer = torch.optim.SGD(model.classifier.parameters(), lr=0.001, momentum=0.9)
for images, labels in train_loader:
    optimizer.zero_grad()
    loss = criterion(model(images), labels)
    loss.backward()
    optimizer.step()
