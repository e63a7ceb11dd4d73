"""Bug: a torchvision ResNet loaded through torch.hub.load("pytorch/vision:v0.10.0", "resnet18"), its fc replaced by a Linear and a Softmax, trained with CrossEntropyLoss."""
import torch
import torch.nn as nn

model = torch.hub.load("pytorch/vision:v0.10.0", "resnet18", pretrained=True)
for parameter in model.parameters():
    parameter.requires_grad = False
model.fc = nn.Sequential(nn.Linear(model.fc.in_features, 4), nn.Softmax(dim=1))
criterion = nn.CrossEntropyLoss()  # expect: XL101
optimizer = torch.optim.Adam(model.fc.parameters(), lr=1e-3)
for images, labels in loader:
    optimizer.zero_grad()
    criterion(model(images), labels).backward()
    optimizer.step()
