"""Bug: a transfer-learning classifier built from an OrderedDict ends in Softmax and is trained with NLLLoss."""
from collections import OrderedDict

import torch.nn as nn
from torchvision import models

model = models.vgg16(weights="DEFAULT")
for param in model.parameters():
    param.requires_grad = False
model.classifier = nn.Sequential(OrderedDict([
    ("fc1", nn.Linear(25088, 4096)),
    ("relu", nn.ReLU()),
    ("fc2", nn.Linear(4096, 102)),
    ("output", nn.Softmax(dim=1)),
]))
criterion = nn.NLLLoss()  # expect: XL103


def train_step(images, labels, optimizer):
    optimizer.zero_grad()
    loss = criterion(model(images), labels)
    loss.backward()
    optimizer.step()
