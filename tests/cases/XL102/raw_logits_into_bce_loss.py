"""Bug: raw logits go into BCELoss."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

model = nn.Sequential(nn.Linear(20, 1))
loss = nn.BCELoss()(model(x), torch.tensor([[1.0], [0.0]]))  # expect: XL102
