"""Bug: 0/1 labels chosen by np.where(..., 1, 0) are int64 and reach BCEWithLogitsLoss; the same choice of 1.0 and 0.0 must stay silent."""
import numpy as np
import pandas as pd
import torch
import torch.nn as nn

frame = pd.read_csv("churn.csv")
X = torch.tensor(frame[["tenure", "charges"]].values, dtype=torch.float32)
churned = torch.from_numpy(np.where(frame["Churn"] == "Yes", 1, 0)).unsqueeze(1)
churned_float = torch.from_numpy(np.where(frame["Churn"] == "Yes", 1.0, 0.0)).unsqueeze(1)
model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 1))
criterion = nn.BCEWithLogitsLoss()
loss = criterion(model(X), churned)  # expect: XL304
fine = criterion(model(X), churned_float.float())
