"""Exported from notebooks/explore.ipynb: the project's code is one directory up."""
import os
import sys

import torch
import torch.nn as nn

sys.path.insert(0, os.path.abspath(".."))
from src.models import Net

model = Net()
criterion = nn.CrossEntropyLoss()  # expect: XL101
loss = criterion(model(torch.randn(32, 20)), torch.randint(0, 4, (32,)))
