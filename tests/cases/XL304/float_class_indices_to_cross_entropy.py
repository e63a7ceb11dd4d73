"""Bug: float class indices are passed to CrossEntropyLoss."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

model = nn.Sequential(nn.Linear(20, 5))
y = torch.tensor([0, 3, 1], dtype=torch.float32)
loss = nn.CrossEntropyLoss()(model(x), y)  # expect: XL304
