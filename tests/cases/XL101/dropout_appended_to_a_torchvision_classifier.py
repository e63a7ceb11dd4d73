"""Look-alike: a replaced EfficientNet head followed by an appended Dropout, trained with CrossEntropyLoss, must stay silent."""
import torch
import torch.nn as nn
from torchvision import models

model = models.efficientnet_b0(weights="IMAGENET1K_V1")
model.classifier[1] = nn.Linear(model.classifier[1].in_features, 4)
model.classifier.append(nn.Dropout(0.1))
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-4)
for images, labels in train_loader:
    optimizer.zero_grad()
    loss = criterion(model(images), labels)
    loss.backward()
    optimizer.step()
