"""Bug: F.kl_div is given probabilities instead of log-probabilities."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

student = nn.Sequential(nn.Linear(32, 10))
teacher = nn.Sequential(nn.Linear(32, 10))
loss = F.kl_div(F.softmax(student(x), dim=1), F.softmax(teacher(x), dim=1))  # expect: XL106
