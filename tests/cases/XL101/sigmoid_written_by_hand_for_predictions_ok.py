"""Look-alike: a hand-written sigmoid used only to report probabilities and thresholded at 0.5, while the loss takes the raw scores (BCEWithLogitsLoss on z); and NumPy logistic regression with its own cross-entropy on the sigmoid: both right, must stay silent."""
import numpy as np
import torch
from torch import nn

linear = nn.Linear(8, 1)
criterion = nn.BCEWithLogitsLoss()
for features, targets in loader:
    z = linear(features)
    loss = criterion(z, targets.float().unsqueeze(1))
    loss.backward()
    probabilities = 1 / (1 + torch.exp(-z))
    predictions = (probabilities > 0.5).long()


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


X = np.random.randn(200, 3)
y = (X[:, 0] > 0).astype(float)
w = np.zeros(3)
for _ in range(100):
    p = sigmoid(X @ w)
    cost = -np.mean(y * np.log(p + 1e-9) + (1 - y) * np.log(1 - p + 1e-9))
    w -= 0.1 * X.T @ (p - y) / len(y)
