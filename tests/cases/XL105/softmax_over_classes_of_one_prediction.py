"""Look-alike: a softmax over the classes of one prediction (batch axis squeezed away) must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 5))
x = torch.randn(1, 20)
a = torch.softmax(model(x).squeeze(0), dim=0)
b = torch.softmax(model(x).view(-1), dim=0)
c = torch.softmax(model(x)[0, :], dim=0)
d = torch.softmax(model(x).detach().cpu().squeeze(), dim=0)
