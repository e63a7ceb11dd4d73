"""Bug: a CTR model with one output logit is trained with CrossEntropyLoss on float click labels of shape (N, 1): float targets are read as probabilities of the one class, and the loss is constantly 0."""
import pandas as pd
import torch
import torch.nn as nn

logs = pd.read_csv("impressions.csv")
clicked = torch.tensor(logs[["clicked"]].values, dtype=torch.float32)
features = torch.tensor(logs.drop(columns=["clicked"]).values, dtype=torch.float32)

model = nn.Sequential(nn.Linear(features.shape[1], 32), nn.ReLU(), nn.Linear(32, 1))
criterion = nn.CrossEntropyLoss()  # expect: XL204
loss = criterion(model(features), clicked)
loss.backward()
