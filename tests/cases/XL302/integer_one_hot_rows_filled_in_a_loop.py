"""Bug: one-hot rows filled in a loop into np.zeros((n, 4), dtype=np.int64) reach CrossEntropyLoss, which takes integer targets only as class indices; the same rows as float32 (class probabilities, which it accepts) must stay silent."""
import numpy as np
import torch
import torch.nn as nn

labels = np.random.randint(0, 4, 100)
onehot = np.zeros((100, 4), dtype=np.int64)
for i in range(100):
    onehot[i][labels[i]] = 1
soft = np.zeros((100, 4), dtype=np.float32)
for i in range(100):
    soft[i, labels[i]] = 1.0

model = nn.Linear(8, 4)
criterion = nn.CrossEntropyLoss()
features = torch.randn(100, 8)
loss = criterion(model(features), torch.from_numpy(onehot))  # expect: XL302
loss = criterion(model(features), torch.from_numpy(soft))
