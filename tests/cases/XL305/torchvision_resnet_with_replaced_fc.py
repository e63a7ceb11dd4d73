"""Look-alike: a torchvision classifier with a replaced fc must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

import torchvision
model = torchvision.models.resnet18(weights=None)
model.fc = nn.Linear(model.fc.in_features, 2)
loss = nn.CrossEntropyLoss()(model(images), labels)
