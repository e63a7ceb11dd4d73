"""Bug: the criterion is called as criterion(target, output)."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

model = nn.Sequential(nn.Linear(20, 10))
criterion = nn.CrossEntropyLoss()
for inputs, targets in DataLoader(TensorDataset(xs, ys)):
    loss = criterion(targets, model(inputs))  # expect: XL501
