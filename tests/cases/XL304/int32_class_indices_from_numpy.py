"""Bug: int32 class indices from NumPy reach F.cross_entropy."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

import numpy as np
labels = np.array(raw, dtype=np.int32)
model = nn.Sequential(nn.Linear(20, 5))
loss = F.cross_entropy(model(x), torch.from_numpy(labels))  # expect: XL304
