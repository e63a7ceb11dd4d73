"""Bug: NLLLoss is applied to softmax probabilities."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

model = nn.Sequential(nn.Linear(20, 5), nn.Softmax(dim=1))
loss = nn.NLLLoss()(model(x), y)  # expect: XL103
