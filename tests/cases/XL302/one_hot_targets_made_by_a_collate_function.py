"""Bug: a collate_fn of the user's one-hot encodes CIFAR-10's class indices (F.one_hot, int64) for CrossEntropyLoss; a collate_fn that stacks the indices as they are must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

NUM_CLASSES = 10


def one_hot_batch(batch):
    images, targets = zip(*batch)
    return torch.stack(images), F.one_hot(torch.tensor(targets), num_classes=NUM_CLASSES)


def index_batch(batch):
    images, targets = zip(*batch)
    return torch.stack(images), torch.tensor(targets)


train_set = datasets.CIFAR10("data", train=True, download=True, transform=transforms.ToTensor())
model = nn.Sequential(nn.Flatten(), nn.Linear(3 * 32 * 32, NUM_CLASSES))
criterion = nn.CrossEntropyLoss()
for images, targets in DataLoader(train_set, batch_size=128, collate_fn=one_hot_batch):
    loss = criterion(model(images), targets)  # expect: XL302
for images, targets in DataLoader(train_set, batch_size=128, collate_fn=index_batch):
    loss = criterion(model(images), targets)
