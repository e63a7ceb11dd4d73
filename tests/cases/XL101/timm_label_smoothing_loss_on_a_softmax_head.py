"""Bug: timm's LabelSmoothingCrossEntropy takes logits; the replaced head ends in a softmax."""
import timm
import torch
from timm.loss import LabelSmoothingCrossEntropy
from torch import nn

model = timm.create_model("resnet18", pretrained=True, num_classes=0)
model = nn.Sequential(model, nn.Linear(model.num_features, 10), nn.Softmax(dim=1))
criterion = LabelSmoothingCrossEntropy(smoothing=0.1)  # expect: XL101
optimizer = torch.optim.AdamW(model.parameters(), lr=3e-4)


def train_one_epoch(loader):
    model.train()
    for images, targets in loader:
        loss = criterion(model(images), targets)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
