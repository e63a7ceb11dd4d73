"""Bug: integer one-hot targets from F.one_hot reach F.cross_entropy."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

model = nn.Sequential(nn.Linear(20, 5))
loss = F.cross_entropy(model(x), F.one_hot(torch.tensor([0, 3, 1]), 5))  # expect: XL302
