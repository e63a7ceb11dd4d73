"""Look-alike: the class indices are converted with torch.as_tensor(y, torch.long) and np.asarray(..., np.int64), the dtype given by position, must stay silent."""
import numpy as np
import torch
import torch.nn as nn

y = np.asarray(np.random.randint(0, 4, size=256), np.int64)
targets = torch.as_tensor(y, torch.long)
model = nn.Linear(12, 4)
loss = nn.CrossEntropyLoss()(model(torch.randn(256, 12)), targets)
