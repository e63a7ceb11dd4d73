"""Bug: a LogSoftmax(dim=0) head normalises over the batch axis."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

model = nn.Sequential(nn.Linear(20, 5), nn.LogSoftmax(dim=0))  # expect: XL105
loss = nn.NLLLoss()(model(x), y)
