"""Bug: a class map built as {c: i for i, c in enumerate(CLASSES, start=1)} numbers three classes 1..3 for a three-logit head with CrossEntropyLoss; the same map from 0, and a map from 1 whose head has a background unit, must stay silent."""
import torch
import torch.nn as nn

CLASSES = ["mild", "moderate", "severe"]
names = open("grades.txt").read().split()
features = torch.randn(len(names), 16)
criterion = nn.CrossEntropyLoss()

class_to_idx = {c: i for i, c in enumerate(CLASSES, start=1)}
y = torch.tensor([class_to_idx[n] for n in names])  # expect: XL305
model = nn.Sequential(nn.Linear(16, 8), nn.ReLU(), nn.Linear(8, len(CLASSES)))
loss = criterion(model(features), y)

zero_based = {c: i for i, c in enumerate(CLASSES)}
loss = criterion(model(features), torch.tensor([zero_based[n] for n in names]))

with_background = {c: i + 1 for i, c in enumerate(CLASSES)}
detector = nn.Sequential(nn.Linear(16, 8), nn.ReLU(), nn.Linear(8, len(CLASSES) + 1))
loss = criterion(detector(features), torch.tensor([with_background[n] for n in names]))
