"""Look-alike: labels one-hot encoded to a width read from a config object (not known here) are not as wide as their largest written value, must stay silent."""
import json

import torch
import torch.nn.functional as F
from torch import nn

config = json.load(open("config.json"))
targets = F.one_hot(torch.tensor([0, 3, 1, 3]), config["num_classes"]).float()
model = nn.Linear(16, 8)
loss = F.cross_entropy(model(torch.randn(4, 16)), targets)
loss.backward()
