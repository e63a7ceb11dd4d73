"""Look-alike: a torchvision classifier replaced by index must stay silent."""
import torch, torchvision
from torch import nn
model = torchvision.models.vgg16(weights="DEFAULT")
model.classifier[6] = nn.Linear(4096, 10)
loader = torch.utils.data.DataLoader(torchvision.datasets.CIFAR10("data"), batch_size=32)
for x, y in loader:
    loss = nn.CrossEntropyLoss()(model(x), y)
