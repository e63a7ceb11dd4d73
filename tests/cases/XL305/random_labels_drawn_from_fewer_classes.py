"""Look-alike: random smoke-test labels drawn from fewer classes than the head has must stay silent."""
# randint(0, 5) only says the labels are below 5: a 10-class head sees fewer classes than it
# could predict, which loses nothing. (Drawing from more classes than the head has is a bug.)
import numpy as np
import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 10))
criterion = nn.CrossEntropyLoss()
x = torch.randn(64, 16)
y = torch.from_numpy(np.random.randint(0, 5, size=(64,)))
loss = criterion(model(x), y)
loss.backward()
