"""Bug: six toxicity label columns cast to int64 reach BCEWithLogitsLoss, which needs float targets."""
import numpy as np
import pandas as pd
import torch
import torch.nn as nn

LABELS = ["toxic", "severe_toxic", "obscene", "threat", "insult", "identity_hate"]
train = pd.read_csv("train.csv")
features = torch.tensor(np.load("embeddings.npy"), dtype=torch.float32)
targets = torch.tensor(train[LABELS].values.astype(np.int64))

model = nn.Sequential(nn.Linear(768, 256), nn.ReLU(), nn.Linear(256, len(LABELS)))
criterion = nn.BCEWithLogitsLoss()
loss = criterion(model(features), targets)  # expect: XL304
loss.backward()
