"""Bug: an nn.Softmax module at the end of forward is fed to CrossEntropyLoss."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(128, 10)
        self.softmax = nn.Softmax(dim=1)
    def forward(self, x):
        return self.softmax(self.fc(x))
model = Net()
criterion = nn.CrossEntropyLoss()  # expect: XL101
for x, y in DataLoader(TensorDataset(xs, ys)):
    loss = criterion(model(x), y)
