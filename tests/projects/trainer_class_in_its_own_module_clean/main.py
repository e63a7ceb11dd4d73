import torch
from torch import nn

from engine import Trainer

model = nn.Sequential(nn.Linear(30, 64), nn.ReLU(), nn.Linear(64, 4), nn.LogSoftmax(dim=1))
trainer = Trainer(model, nn.NLLLoss(), torch.optim.Adam(model.parameters()))
