"""Look-alike: float one-hot targets, which are soft labels for CrossEntropyLoss, must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

model = nn.Sequential(nn.Linear(20, 5))
target = F.one_hot(torch.tensor([0, 3, 1]), num_classes=5).float()
loss = F.cross_entropy(model(x), target)
