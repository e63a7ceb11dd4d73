"""Bug: targets one-hot encoded over five classes (F.one_hot(labels, 5)) for BCEWithLogitsLoss against a 4-unit head (the loss compares them column by column); four columns must stay silent."""
import timm
import torch.nn as nn
import torch.nn.functional as F

model = timm.create_model("resnet50d", pretrained=True, num_classes=4)  # expect: XL305
twin = timm.create_model("resnet50d", pretrained=True, num_classes=4)
criterion = nn.BCEWithLogitsLoss()
for images, labels in loader:
    loss = criterion(model(images), F.one_hot(labels, num_classes=5).float())
    loss = criterion(twin(images), F.one_hot(labels, num_classes=4).float())
