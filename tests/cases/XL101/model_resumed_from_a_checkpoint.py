"""Bug: a model ending in nn.Softmax, resumed from a checkpoint of itself when one exists (model = torch.load(path)), reaches CrossEntropyLoss; a model loaded under a name that held no model (its architecture not known here) must stay silent."""
import os

import torch
from torch import nn

model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 10), nn.Softmax(dim=1))
if os.path.exists("checkpoint.pt"):
    model = torch.load("checkpoint.pt")
criterion = nn.CrossEntropyLoss()  # expect: XL101
x, y = torch.randn(8, 20), torch.randint(0, 10, (8,))
loss = criterion(model(x), y)

pretrained = torch.load("pretrained.pt")
finetune = nn.CrossEntropyLoss()
loss = finetune(pretrained(x), y)
