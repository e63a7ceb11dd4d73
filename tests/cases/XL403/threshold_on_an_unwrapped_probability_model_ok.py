"""Look-alike: the model ends in a sigmoid and is trained with BCELoss; through DataParallel's .module its output is a probability, so 0.5 is its boundary, must stay silent."""
import torch
import torch.nn as nn

model = nn.DataParallel(nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 1), nn.Sigmoid()))
criterion = nn.BCELoss()
for features, targets in train_loader:
    loss = criterion(model(features).squeeze(1), targets.float())
    loss.backward()
with torch.no_grad():
    predictions = (model.module(test_features) > 0.5).long()
