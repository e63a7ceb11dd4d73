"""Look-alike: both halves of a random_split of class-index targets for CrossEntropyLoss must stay silent."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

dataset = TensorDataset(torch.randn(100, 4), torch.randint(0, 3, (100,)))
train_set, val_set = random_split(dataset, [0.8, 0.2])
model = nn.Linear(4, 3)
criterion = nn.CrossEntropyLoss()
for xb, yb in DataLoader(train_set, batch_size=16):
    loss = criterion(model(xb), yb)
