"""Bug: one_hot(y, 10) targets meet a five-output model."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

model = nn.Sequential(nn.Linear(20, 5))  # expect: XL305
loss = F.cross_entropy(model(x), F.one_hot(y, 10).float())
