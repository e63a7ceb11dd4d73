"""Look-alike: the same uncalled fit() and predict() helpers, predict taking the argmax of the softmax, must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F

model = nn.Sequential(nn.Flatten(), nn.Linear(3 * 32 * 32, 6))
criterion = nn.CrossEntropyLoss()


def fit(model, images, targets):
    criterion(model(images), targets).backward()


def predict(model, images):
    return F.softmax(model(images), dim=1).argmax(dim=1)
