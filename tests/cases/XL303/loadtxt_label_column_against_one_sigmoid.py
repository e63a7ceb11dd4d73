"""Bug: the last column of a loadtxt matrix is (N,), but the sigmoid output is (N, 1): BCELoss raises."""
import numpy as np
import torch
import torch.nn as nn

dataset = np.loadtxt("pima-indians-diabetes.csv", delimiter=",")
X = torch.tensor(dataset[:, 0:8], dtype=torch.float32)
y = torch.tensor(dataset[:, 8], dtype=torch.float32)
model = nn.Sequential(nn.Linear(8, 12), nn.ReLU(), nn.Linear(12, 1), nn.Sigmoid())
loss_fn = nn.BCELoss()
for epoch in range(100):
    loss = loss_fn(model(X), y)  # expect: XL303
