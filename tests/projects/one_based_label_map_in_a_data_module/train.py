import torch
from torch import nn

from data import load_labels

labels = torch.tensor(load_labels("grades.csv"))
features = torch.randn(len(labels), 64)
model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 4))
loss = nn.CrossEntropyLoss()(model(features), labels)  # expect: XL305
loss.backward()
