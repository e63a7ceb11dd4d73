"""Bug: a softmax over 10 classes is decoded by a 0.5 threshold."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

model = nn.Sequential(nn.Linear(64, 10), nn.Softmax(dim=1))
loss = nn.NLLLoss()(torch.log(model(x) + 1e-9), y)
picked = model(x) > 0.5  # expect: XL402
