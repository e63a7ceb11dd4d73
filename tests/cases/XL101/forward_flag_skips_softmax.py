"""Look-alike: a forward called with a flag that skips its softmax must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 4)
    def forward(self, x, return_probs=True):
        logits = self.fc(x)
        if return_probs:
            return F.softmax(logits, dim=-1)
        return logits
model = Net()
loss = F.cross_entropy(model(x, return_probs=False), y)
