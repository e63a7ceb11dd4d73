"""Bug: F.softmax with the implicit dim is applied to a 3-D sequence output."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(8, 16, batch_first=True)
        self.fc = nn.Linear(16, 4)
    def forward(self, x):
        out, _ = self.rnn(x)
        return F.softmax(self.fc(out))  # expect: XL105
