"""Bug: integer targets are passed to BCEWithLogitsLoss."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

model = nn.Sequential(nn.Linear(20, 1))
y = torch.tensor([1, 0, 1]).view(-1, 1)
loss = nn.BCEWithLogitsLoss()(model(x), y)  # expect: XL304
