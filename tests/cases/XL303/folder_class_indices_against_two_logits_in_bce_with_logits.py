"""Bug: ImageFolder class indices, made float, against two logits in BCEWithLogitsLoss (a shape error)."""
import torch
import torch.nn as nn
from torchvision import datasets, models, transforms

train_set = datasets.ImageFolder("mask_nomask/train", transforms.ToTensor())
loader = torch.utils.data.DataLoader(train_set, batch_size=32, shuffle=True)
model = models.resnet18(weights="IMAGENET1K_V1")
model.fc = nn.Linear(model.fc.in_features, 2)
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-4)
for images, labels in loader:
    optimizer.zero_grad()
    loss = criterion(model(images), labels.float())  # expect: XL303
    loss.backward()
    optimizer.step()
