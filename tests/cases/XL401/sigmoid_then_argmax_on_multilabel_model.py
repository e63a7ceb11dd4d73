"""Bug: a multi-label model is decoded by sigmoid then argmax."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

model = nn.Sequential(nn.Linear(300, 128), nn.ReLU(), nn.Linear(128, 20))
loss = nn.BCEWithLogitsLoss()(model(x), y)
preds = torch.sigmoid(model(x)).argmax(dim=1)  # expect: XL401
