"""Bug: a file-level noqa for a rule that finds nothing in this file."""
# xentlint: noqa: XL305  # expect: XL002
import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 3))
criterion = nn.CrossEntropyLoss()
x = torch.randn(16, 20)
y = torch.randint(0, 3, (16,))
loss = criterion(model(x), y)
loss.backward()
