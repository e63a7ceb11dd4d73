"""Bug: four grades are replaced by class numbers, but the head has three units."""
import pandas as pd
import torch
import torch.nn as nn

df = pd.read_csv("grades.csv")
df["grade"] = df["grade"].replace({"A": 0, "B": 1, "C": 2, "D": 3})
features = torch.tensor(df.drop(columns=["grade"]).values, dtype=torch.float32)
targets = torch.tensor(df["grade"].values, dtype=torch.long)
model = nn.Sequential(nn.Linear(12, 32), nn.ReLU(), nn.Linear(32, 3))  # expect: XL305
loss = nn.CrossEntropyLoss()(model(features), targets)
