"""Look-alike: 0-based labels picked fold by fold for a head of as many units, and labels of ten classes narrowed to the first five by a mask on their values for a five-unit head, must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F

features = torch.randn(1000, 32)
labels = torch.randint(0, 10, (1000,))
train_rows = torch.randperm(1000)[:800]

wide = nn.Linear(32, 10)
loss = F.cross_entropy(wide(features[train_rows]), labels[train_rows])

first_five = labels < 5
narrow = nn.Linear(32, 5)
loss = loss + F.cross_entropy(narrow(features[first_five]), labels[first_five])
loss.backward()
