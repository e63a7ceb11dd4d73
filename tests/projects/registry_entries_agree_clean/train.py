"""Clean twin: the model emits logits for whichever cross-entropy the environment picks."""
import os

import torch
import torch.nn as nn

from losses import CRITERIA

model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 5))
criterion = CRITERIA[os.environ.get("CRITERION", "plain")]
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(100):
    x, y = torch.randn(32, 20), torch.randint(0, 5, (32,))
    loss = criterion(model(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
