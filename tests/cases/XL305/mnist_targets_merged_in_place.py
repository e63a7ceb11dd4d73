"""Look-alike: MNIST digits merged in place into small and large for two logits must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

train_set = datasets.MNIST("data", train=True, download=True, transform=transforms.ToTensor())
train_set.targets[train_set.targets < 5] = 0
train_set.targets[train_set.targets >= 5] = 1
train_loader = DataLoader(train_set, batch_size=128, shuffle=True)

model = nn.Sequential(nn.Flatten(), nn.Linear(784, 64), nn.ReLU(), nn.Linear(64, 2))
opt = torch.optim.SGD(model.parameters(), lr=0.05)
for epoch in range(3):
    for x, y in train_loader:
        opt.zero_grad()
        loss = F.cross_entropy(model(x), y, weight=torch.tensor([1.0, 9.0]))
        loss.backward()
        opt.step()
