"""Bug: the labels of a loaded MNIST set, read through its targets, into five logits."""
import torch
from torch import nn
from torchvision import datasets

train = datasets.MNIST("data", train=True, download=True)
images = train.data.float().div(255).view(-1, 784)
labels = train.targets

model = nn.Sequential(nn.Linear(784, 64), nn.ReLU(), nn.Linear(64, 5))  # expect: XL305
criterion = nn.CrossEntropyLoss()
for start in range(0, len(images), 100):
    logits = model(images[start:start + 100])
    loss = criterion(logits, labels[start:start + 100])
