"""Bug: batches of a DataLoader over a dataset built by code not known here are still (x, y) pairs, and the labels go first to CrossEntropyLoss; the labels-last twin must stay silent."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader

from my_project.data import build_dataset

model = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10))
criterion = nn.CrossEntropyLoss()
train_loader = DataLoader(build_dataset("train"), batch_size=64, shuffle=True)
for batch_x, batch_y in train_loader:
    outputs = model(batch_x)
    loss = criterion(batch_y, outputs)  # expect: XL501
    right = criterion(outputs, batch_y)
