"""Bug: one-hot rows set one sample at a time (targets[i][label] = 1.0, Y[i, y[i]] = 1) reach NLLLoss; the class indices themselves must stay silent."""
import numpy as np
import torch
import torch.nn as nn
from sklearn.datasets import load_digits

digits = load_digits()
X, y = digits.data, digits.target

Y = np.zeros((len(y), 10))
for i in range(len(y)):
    Y[i, y[i]] = 1

targets = torch.zeros(len(y), 10)
for i, label in enumerate(y):
    targets[i][label] = 1.0

model = nn.Sequential(nn.Linear(64, 10), nn.LogSoftmax(dim=1))
criterion = nn.NLLLoss()
log_probs = model(torch.tensor(X, dtype=torch.float32))
loss = criterion(log_probs, torch.tensor(Y))  # expect: XL302
loss = criterion(log_probs, targets)  # expect: XL302
loss = criterion(log_probs, torch.tensor(y))
