import torch
from torch import nn

from ecg import RhythmNet

model = RhythmNet()
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
signals, rhythms = torch.randn(16, 12, 1000), torch.randint(0, 2, (16, 5)).float()
loss = criterion(model(signals), rhythms)
loss.backward()
optimizer.step()
