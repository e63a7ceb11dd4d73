"""Look-alike: train(model, loader, criterion) is called nowhere, but the module's sigmoid model is trained with its own BCELoss and its CrossEntropyLoss belongs to a second model; the helper is not theirs and must stay silent."""
import torch
import torch.nn as nn


def train(model, loader, criterion):
    for inputs, targets in loader:
        criterion(model(inputs), targets).backward()


model = nn.Sequential(nn.Linear(128, 1), nn.Sigmoid())
bce = nn.BCELoss()
features = torch.randn(32, 128)
bce(model(features), torch.rand(32, 1).round()).backward()

classifier = nn.Sequential(nn.Linear(128, 5))
criterion = nn.CrossEntropyLoss()
criterion(classifier(features), torch.randint(0, 5, (32,))).backward()
