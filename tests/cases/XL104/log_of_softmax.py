"""Bug: torch.log is taken of F.softmax."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

model = nn.Sequential(nn.Linear(20, 5))
log_probs = torch.log(F.softmax(model(x), dim=1))  # expect: XL104
