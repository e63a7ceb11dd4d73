"""Look-alike: a transfer-learning classifier built from an OrderedDict ending in LogSoftmax, with NLLLoss, must stay silent."""
from collections import OrderedDict

import torch.nn as nn
from torchvision import models

model = models.vgg16(weights="DEFAULT")
model.classifier = nn.Sequential(OrderedDict([
    ("fc1", nn.Linear(25088, 4096)),
    ("relu", nn.ReLU()),
    ("fc2", nn.Linear(4096, 102)),
    ("output", nn.LogSoftmax(dim=1)),
]))
criterion = nn.NLLLoss()


def train_step(images, labels):
    return criterion(model(images), labels)
