"""Bug: scikit-learn's ten digit classes trained as one logit with BCEWithLogitsLoss."""
import torch
import torch.nn as nn
from sklearn.datasets import load_digits

digits = load_digits()
x = torch.tensor(digits.data, dtype=torch.float32)
y = torch.tensor(digits.target, dtype=torch.float32).unsqueeze(1)
model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 1))  # expect: XL305
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.Adam(model.parameters())
for epoch in range(10):
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
