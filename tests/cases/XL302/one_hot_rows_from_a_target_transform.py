"""Bug: a torchvision target_transform turns each class index into one-hot rows that reach NLLLoss; float one-hot rows given to CrossEntropyLoss (probability targets) and a transform that cannot be read must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

to_tensor = transforms.ToTensor()
train_set = datasets.FashionMNIST("data", train=True, download=True, transform=to_tensor,
                                  target_transform=lambda y: F.one_hot(torch.tensor(y), 10))
train_loader = DataLoader(train_set, batch_size=128, shuffle=True)

model = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10),
                      nn.LogSoftmax(dim=1))
criterion = nn.NLLLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
for images, targets in train_loader:
    optimizer.zero_grad()
    loss = criterion(model(images), targets)  # expect: XL302
    loss.backward()
    optimizer.step()


def soft_target(label):
    return F.one_hot(torch.tensor(label), num_classes=10).float()


smooth_set = datasets.CIFAR10("data", train=True, transform=to_tensor,
                              target_transform=transforms.Lambda(soft_target))
net = nn.Sequential(nn.Flatten(), nn.Linear(3072, 10))
ce = nn.CrossEntropyLoss()
for images, targets in DataLoader(smooth_set, batch_size=64):
    ce(net(images), targets).backward()


class Remap:
    def __init__(self, mapping):
        self.mapping = mapping

    def __call__(self, label):
        return self.mapping[label]


binary_set = datasets.CIFAR10("data", train=True, transform=to_tensor,
                              target_transform=Remap({0: 1.0, 1: 0.0}))
detector = nn.Sequential(nn.Flatten(), nn.Linear(3072, 1))
bce = nn.BCEWithLogitsLoss()
for images, targets in DataLoader(binary_set, batch_size=64):
    bce(detector(images).squeeze(1), targets).backward()
