"""Bug: model classes filed by a class decorator under their own name (ARCHS[cls.__name__] = cls), the one whose forward ends in a softmax built from the registry and trained with CrossEntropyLoss; the logits class built the same way must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F

ARCHS = {}


def register_arch(cls):
    ARCHS[cls.__name__] = cls
    return cls


@register_arch
class ProbNet(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.features = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU())
        self.classifier = nn.Linear(256, num_classes)

    def forward(self, x):
        return F.softmax(self.classifier(self.features(x)), dim=1)


@register_arch
class LogitNet(ProbNet):
    def forward(self, x):
        return self.classifier(self.features(x))


criterion = nn.CrossEntropyLoss()
model = ARCHS["ProbNet"](num_classes=10)
twin = ARCHS["LogitNet"](num_classes=10)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for images, labels in train_loader:
    loss = criterion(model(images), labels)  # expect: XL101
    loss = criterion(twin(images), labels)
