"""Bug: the class indices are converted with torch.as_tensor(y, torch.float32), the dtype given by position, and CrossEntropyLoss raises on float class indices."""
import numpy as np
import torch
import torch.nn as nn

y = np.random.randint(0, 4, size=256)
targets = torch.as_tensor(y, torch.float32)
model = nn.Linear(12, 4)
criterion = nn.CrossEntropyLoss()
loss = criterion(model(torch.randn(256, 12)), targets)  # expect: XL304
