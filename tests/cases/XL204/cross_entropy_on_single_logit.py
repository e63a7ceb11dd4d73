"""Bug: CrossEntropyLoss is applied to (N, 1) logits."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

model = nn.Sequential(nn.Linear(20, 1))
loss = nn.CrossEntropyLoss()(model(x), torch.tensor([[1.0], [0.0]]))  # expect: XL204
