"""Look-alike: a sequence output reshaped or flattened before the loss must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

lstm, fc = nn.LSTM(8, 16, batch_first=True), nn.Linear(16, 5)
out, _ = lstm(x)
logits = fc(out)
l1 = F.cross_entropy(logits.reshape(-1, 5), y.reshape(-1))
l2 = F.cross_entropy(logits.flatten(0, 1), y.flatten())
