"""Bug: written-out one-hot rows go to NLLLoss, which wants class indices."""
import torch
import torch.nn as nn
import torch.nn.functional as F

model = nn.Linear(2, 3)
x = torch.randn(3, 2)
target = torch.tensor([[1, 0, 0], [0, 1, 0], [0, 0, 1]])
loss = nn.NLLLoss()(F.log_softmax(model(x), dim=1), target)  # expect: XL302
