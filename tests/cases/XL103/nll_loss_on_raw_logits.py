"""Bug: NLLLoss is applied to raw logits."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

model = nn.Sequential(nn.Linear(20, 5))
loss = F.nll_loss(model(x), y)  # expect: XL103
