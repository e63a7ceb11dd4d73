"""Look-alike: the num_labels=1 default of a module nobody instantiates here (transformers' pattern) must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

class Head(nn.Module):
    def __init__(self, hidden=16, num_labels=1):
        super().__init__()
        self.num_labels = num_labels
        self.fc = nn.Linear(hidden, num_labels)
    def forward(self, x, labels):
        logits = self.fc(x)
        if self.num_labels == 1:
            return F.mse_loss(logits.squeeze(-1), labels)
        return F.cross_entropy(logits, labels)
    def probs(self, x):
        logits = self.fc(x)
        return logits if self.num_labels == 1 else F.softmax(logits, dim=-1)
