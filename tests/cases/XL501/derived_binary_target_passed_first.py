"""Bug: a target derived from the labels ((y == 0).float()) is passed where the logits go."""
import torch
import torch.nn as nn

head = nn.Linear(8, 1)
bce = nn.BCEWithLogitsLoss()
y = torch.randint(0, 3, (16,))
logits = head(torch.randn(16, 8)).squeeze(1)
loss = bce((y == 0).float(), logits)  # expect: XL501
