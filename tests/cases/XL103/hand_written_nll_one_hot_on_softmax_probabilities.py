"""Bug: a hand-written NLL with one-hot targets is taken on softmax probabilities."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

model = nn.Sequential(nn.Linear(20, 5), nn.Softmax(dim=1))
y = torch.tensor([0, 1, 2])
loss = -(F.one_hot(y, 5).float() * model(x)).sum(dim=1).mean()  # expect: XL103
