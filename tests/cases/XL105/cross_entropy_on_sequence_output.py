"""Bug: CrossEntropyLoss is applied to an (N, L, C) sequence output."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(64, 128, batch_first=True)
        self.fc = nn.Linear(128, 9)
    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out)
model = Tagger()
loss = nn.CrossEntropyLoss()(model(x), y)  # expect: XL105
