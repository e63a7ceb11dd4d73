"""Bug: CrossEntropyLoss(0.1) passes the number positionally into weight."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

criterion = nn.CrossEntropyLoss(0.1)  # expect: XL502
