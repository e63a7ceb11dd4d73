"""Bug: fit() and predict(), both never called here, each take the module's model as their own `model` parameter; predict thresholds its 6-class softmax at 0.5."""
import torch
import torch.nn as nn
import torch.nn.functional as F

model = nn.Sequential(nn.Flatten(), nn.Linear(3 * 32 * 32, 6))
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)


def fit(model, images, targets):
    optimizer.zero_grad()
    criterion(model(images), targets).backward()
    optimizer.step()


def predict(model, images):
    probs = F.softmax(model(images), dim=1)
    return probs > 0.5  # expect: XL402
