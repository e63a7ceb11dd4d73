"""Bug: a forward returning (softmax output, hidden), called in a time-step loop, feeds NLLLoss."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

class RNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.i2o = nn.Linear(10, 5)
        self.softmax = nn.Softmax(dim=1)
    def forward(self, x, h):
        return self.softmax(self.i2o(x)), h
rnn = RNN()
criterion = nn.NLLLoss()  # expect: XL103
for i in range(3):
    output, h = rnn(xs[i], h)
loss = criterion(output, y)
