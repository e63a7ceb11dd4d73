"""Look-alike: the derived target (y == 0).float() in the target slot must stay silent."""
import torch
import torch.nn as nn

head = nn.Linear(8, 1)
bce = nn.BCEWithLogitsLoss()
y = torch.randint(0, 3, (16,))
logits = head(torch.randn(16, 8)).squeeze(1)
loss = bce(logits, (y == 0).float())
