"""Look-alike: a CTR model with one output logit is trained with BCEWithLogitsLoss on float click labels of shape (N, 1), must stay silent."""
import pandas as pd
import torch
import torch.nn as nn

logs = pd.read_csv("impressions.csv")
clicked = torch.tensor(logs[["clicked"]].values, dtype=torch.float32)
features = torch.tensor(logs.drop(columns=["clicked"]).values, dtype=torch.float32)

model = nn.Sequential(nn.Linear(features.shape[1], 32), nn.ReLU(), nn.Linear(32, 1))
criterion = nn.BCEWithLogitsLoss()
loss = criterion(model(features), clicked)
loss.backward()
