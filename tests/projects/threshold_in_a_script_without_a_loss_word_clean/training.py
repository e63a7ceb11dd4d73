"""Trains the churn model on raw scores (the loss applies the sigmoid)."""
import torch
from torch import nn


def train_model(n_features, epochs=10):
    model = nn.Sequential(nn.Linear(n_features, 32), nn.ReLU(), nn.Linear(32, 1))
    criterion = nn.BCEWithLogitsLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    features, churned = torch.randn(512, n_features), torch.randint(0, 2, (512,)).float()
    for _ in range(epochs):
        optimizer.zero_grad()
        criterion(model(features).squeeze(-1), churned).backward()
        optimizer.step()
    return model
