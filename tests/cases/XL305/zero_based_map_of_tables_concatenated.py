"""Look-alike: sentiments numbered from 0 in a table joined with pd.concat, for three logits, must stay silent."""
import pandas as pd
import torch
import torch.nn as nn

df = pd.concat([pd.read_csv("tweets_2020.csv"), pd.read_csv("tweets_2021.csv")], ignore_index=True)
df["label"] = df["sentiment"].map({"negative": 0, "neutral": 1, "positive": 2})
labels = torch.tensor(df["label"].values)

model = nn.Sequential(nn.Linear(300, 64), nn.ReLU(), nn.Linear(64, 3))
criterion = nn.CrossEntropyLoss()
loss = criterion(model(features), labels)
