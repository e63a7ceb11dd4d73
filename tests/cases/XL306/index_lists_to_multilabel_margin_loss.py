"""Look-alike: class indices padded with -1 given to MultiLabelMarginLoss must stay silent."""
import torch
import torch.nn as nn

targets = torch.tensor([[0, 1, -1], [2, -1, -1], [1, -1, -1], [0, 2, 1]])
model = nn.Linear(50, 3)
criterion = nn.MultiLabelMarginLoss()
loss = criterion(model(torch.randn(4, 50)), targets)
