"""Look-alike: a torchvision model from torch.hub.load with a Linear fc trained with CrossEntropyLoss, and a model of another hub repository (not known) whose outputs go to the same loss: must stay silent."""
import torch
import torch.nn as nn

model = torch.hub.load("pytorch/vision", "resnet18", pretrained=True)
model.fc = nn.Linear(model.fc.in_features, 4)
detector = torch.hub.load("ultralytics/yolov5", "yolov5s")
criterion = nn.CrossEntropyLoss()
for images, labels in loader:
    criterion(model(images), labels).backward()
