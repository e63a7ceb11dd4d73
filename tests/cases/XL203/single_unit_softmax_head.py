"""Bug: a softmax over a single-unit head outputs a constant 1.0."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

model = nn.Sequential(nn.Linear(20, 1), nn.Softmax(dim=1))  # expect: XL203
loss = nn.BCELoss()(model(x), torch.tensor([[1.0], [0.0]]))
