"""Bug: torch.Tensor(y) makes float labels whatever y holds, and they reach CrossEntropyLoss as class indices; torch.LongTensor(y) must stay silent."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

train_set = datasets.MNIST("data", download=True, transform=transforms.ToTensor())
model = nn.Sequential(nn.Flatten(), nn.Linear(784, 10))
criterion = nn.CrossEntropyLoss()
for x, y in DataLoader(train_set, batch_size=32):
    loss = criterion(model(x), torch.Tensor(y))  # expect: XL304
    fine = criterion(model(x), torch.LongTensor(y))
