"""Bug: a functools.partial of F.cross_entropy is applied to softmax outputs."""
from functools import partial

import torch
import torch.nn as nn
import torch.nn.functional as F

smoothed_ce = partial(F.cross_entropy, label_smoothing=0.1)
model = nn.Sequential(nn.Linear(32, 64), nn.ReLU(), nn.Linear(64, 5), nn.Softmax(dim=-1))
x, y = torch.randn(16, 32), torch.randint(0, 5, (16,))
loss = smoothed_ce(model(x), y)  # expect: XL101
