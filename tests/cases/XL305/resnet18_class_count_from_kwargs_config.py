"""Look-alike: resnet18(**cfg), whose class count may come from cfg, must stay silent."""
import torch, torchvision
from torch import nn
model = torchvision.models.resnet18(**cfg)
loader = torch.utils.data.DataLoader(torchvision.datasets.CIFAR10("data"), batch_size=32)
for x, y in loader:
    loss = nn.CrossEntropyLoss()(model(x), y)
