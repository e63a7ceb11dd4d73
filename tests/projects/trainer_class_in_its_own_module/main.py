import torch
from torch import nn

from engine import Trainer

model = nn.Sequential(nn.Linear(30, 64), nn.ReLU(), nn.Linear(64, 4), nn.Softmax(dim=1))
trainer = Trainer(model, nn.CrossEntropyLoss(), torch.optim.Adam(model.parameters()))  # expect: XL101
