"""Look-alike: the multi-task TensorDataset's middle tensor holds int64 class indices for CrossEntropyLoss, the last float targets for BCEWithLogitsLoss, must stay silent."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

features = torch.randn(300, 16)
species = torch.randint(0, 3, (300,))
endangered = torch.randint(0, 2, (300,)).float()
loader = DataLoader(TensorDataset(features, species, endangered), batch_size=32)
body = nn.Sequential(nn.Linear(16, 64), nn.ReLU())
species_head, status_head = nn.Linear(64, 3), nn.Linear(64, 1)
for x, y_species, y_status in loader:
    h = body(x)
    loss = nn.CrossEntropyLoss()(species_head(h), y_species)
    loss = loss + nn.BCEWithLogitsLoss()(status_head(h).squeeze(1), y_status)
