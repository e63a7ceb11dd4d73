"""Bug: sentiments numbered from 1 in the rows a .loc mask keeps, for three logits."""
import pandas as pd
import torch
import torch.nn as nn

raw = pd.read_csv("reviews.csv")
df = raw.loc[raw["stars"] > 0].reset_index(drop=True)  # (unrated reviews dropped)
df["label"] = df["sentiment"].map({"negative": 1, "neutral": 2, "positive": 3})  # expect: XL305
labels = torch.tensor(df["label"].values)

model = nn.Sequential(nn.Linear(300, 64), nn.ReLU(), nn.Linear(64, 3))
criterion = nn.CrossEntropyLoss()
loss = criterion(model(features), labels)
