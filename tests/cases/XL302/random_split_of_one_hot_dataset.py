"""Bug: both halves of a random_split yield one-hot targets, and CrossEntropyLoss gets integer rows."""
import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

labels = torch.randint(0, 3, (100,))
dataset = TensorDataset(torch.randn(100, 4), F.one_hot(labels, 3))
train_set, val_set = random_split(dataset, [80, 20])
model = nn.Linear(4, 3)
criterion = nn.CrossEntropyLoss()
for xb, yb in DataLoader(train_set, batch_size=16):
    loss = criterion(model(xb), yb)  # expect: XL302
