"""Bug: (N, 1) class-index labels picked for a random minibatch by an index array (y[idx]) stay (N, 1) and reach CrossEntropyLoss; the flattened twin must stay silent."""
import pandas as pd
import torch
from torch import nn

frame = pd.read_csv("wine_quality.csv")
features = torch.tensor(frame[["acidity", "sugar", "alcohol"]].values, dtype=torch.float32)
quality = torch.tensor(frame[["grade"]].values, dtype=torch.long)
flat_quality = quality.view(-1)

model = nn.Sequential(nn.Linear(3, 32), nn.ReLU(), nn.Linear(32, 6))
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(1000):
    idx = torch.randint(0, len(features), (64,))
    optimizer.zero_grad()
    loss = criterion(model(features[idx]), quality[idx])  # expect: XL303
    loss.backward()
    optimizer.step()
    flat_loss = criterion(model(features[idx]), flat_quality[idx])
