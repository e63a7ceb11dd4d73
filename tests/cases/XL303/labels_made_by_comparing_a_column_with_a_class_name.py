"""Bug: binary labels made by comparing a column with a class name are (N,) and meet a one-unit sigmoid output of shape (N, 1) in BCELoss; the labels reshaped to a column, and torch.Tensor's float labels, must stay silent."""
import pandas as pd
import torch
import torch.nn as nn

frame = pd.read_csv("sonar.csv")
X = torch.tensor(frame.iloc[:, :-1].values, dtype=torch.float32)
y = torch.tensor((frame["label"] == "M").values, dtype=torch.float32)
model = nn.Sequential(nn.Linear(60, 30), nn.ReLU(), nn.Linear(30, 1), nn.Sigmoid())
criterion = nn.BCELoss()
loss = criterion(model(X), y)  # expect: XL303
column = criterion(model(X), y.view(-1, 1))
legacy = criterion(model(X), torch.Tensor((frame["label"] == "M").values).unsqueeze(1))
