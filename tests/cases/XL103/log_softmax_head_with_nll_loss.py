"""Look-alike: a LogSoftmax head with NLLLoss must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 5), nn.LogSoftmax(dim=1))
loss = nn.NLLLoss()(model(x), y)
