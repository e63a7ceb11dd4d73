"""Bug: class indices unsqueezed to (N, 1) reach CrossEntropyLoss."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

model = nn.Sequential(nn.Linear(20, 5))
y = torch.tensor([0, 3, 1]).unsqueeze(1)
loss = nn.CrossEntropyLoss()(model(x), y)  # expect: XL303
