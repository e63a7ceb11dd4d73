"""Bug: mixup targets blended from two one-hot batches of 10 classes train a 100-class network; a network of 10 outputs must stay silent."""
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision

model = torchvision.models.resnet18(num_classes=100)  # expect: XL305
small = torchvision.models.resnet18(num_classes=10)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

for images, targets in train_loader:
    lam = np.random.beta(1.0, 1.0)
    index = torch.randperm(images.size(0))
    mixed = lam * images + (1 - lam) * images[index]
    soft = lam * F.one_hot(targets, 10).float() + (1 - lam) * F.one_hot(targets[index], 10).float()
    loss = criterion(model(mixed), soft) + criterion(small(mixed), soft)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
