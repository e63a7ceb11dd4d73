"""Bug: targets made by torch.ones(64, dtype=torch.int32) (a constant length, the dtype given) reach CrossEntropyLoss, which needs int64 class indices; torch.ones(64, dtype=torch.long) must stay silent."""
import torch
import torch.nn as nn

model = nn.Linear(20, 10)
criterion = nn.CrossEntropyLoss()
inputs = torch.randn(64, 20)
int32_targets = torch.ones(64, dtype=torch.int32)
long_targets = torch.ones(64, dtype=torch.long)
loss = criterion(model(inputs), int32_targets)  # expect: XL304
loss = criterion(model(inputs), long_targets)
