"""Bug: the logits of a multi-label model are decoded by argmax."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

model = nn.Sequential(nn.Linear(64, 20))
loss = nn.BCEWithLogitsLoss()(model(x), targets.float())
top = model(x).argmax(dim=1)  # expect: XL401
