"""Bug: (N, 1) NumPy class indices reach CrossEntropyLoss."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

import numpy as np
model = nn.Sequential(nn.Linear(4, 3))
y = np.random.randint(0, 3, size=(100, 1))
loss = nn.CrossEntropyLoss()(model(x), torch.from_numpy(y))  # expect: XL303
