import torch
import torch.nn as nn

from fraud_model import FraudNet

model = FraudNet()
criterion = nn.BCELoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for transactions, fraud in loader:
    optimizer.zero_grad()
    loss = criterion(model(transactions), fraud)  # expect: XL203
    loss.backward()
    optimizer.step()
