"""Look-alike: temperature scaling divides the logits by an nn.Parameter, must stay silent."""
import torch
import torch.nn.functional as F
from torch import nn


def fit_temperature(logits, labels, steps=50):
    temperature = nn.Parameter(torch.ones(1) * 1.5)
    optimizer = torch.optim.LBFGS([temperature], lr=0.01, max_iter=steps)
    criterion = nn.CrossEntropyLoss()

    def closure():
        optimizer.zero_grad()
        loss = criterion(logits / temperature, labels)
        loss.backward()
        return loss

    optimizer.step(closure)
    return temperature.item()


classifier = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 6))
features, targets = torch.randn(512, 20), torch.randint(0, 6, (512,))
with torch.no_grad():
    validation_logits = classifier(features)
print(fit_temperature(validation_logits, targets))
