"""Bug: random tags thresholded into multi-hot targets go to CrossEntropyLoss."""
import torch
import torch.nn as nn

model = nn.Linear(16, 5)
criterion = nn.CrossEntropyLoss()
x = torch.randn(32, 16)
tags = (torch.rand(32, 5) > 0.7).float()
loss = criterion(model(x), tags)  # expect: XL306
