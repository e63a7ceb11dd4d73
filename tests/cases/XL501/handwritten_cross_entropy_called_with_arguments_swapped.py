"""Bug: a cross-entropy written by hand as cross_entropy(y_true, y_pred) is called with the prediction first (the log is then taken of the one-hot labels); the call in the right order and a keyword call must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F


def cross_entropy(y_true, y_pred):
    return -(y_true * torch.log(y_pred)).sum(dim=1).mean()


features = torch.randn(64, 8)
targets = F.one_hot(torch.randint(0, 3, (64,)), 3).float()
model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 3), nn.Softmax(dim=1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

for epoch in range(100):
    probs = model(features).clamp(1e-7, 1.0)
    loss = cross_entropy(probs, targets)  # expect: XL501
    right = cross_entropy(targets, probs)
    named = cross_entropy(y_pred=probs, y_true=targets)
    optimizer.zero_grad()
    right.backward()
    optimizer.step()
