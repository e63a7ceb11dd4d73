"""Bug: the ImageNet example's idiom, a torchvision model chosen by name (models.__dict__[args.arch], the argparse default) built with num_classes=1 and trained with CrossEntropyLoss; the same model with two classes must stay silent."""
import argparse

import torch.nn as nn
import torchvision.models as models

parser = argparse.ArgumentParser(description="binary classifier")
parser.add_argument("--arch", default="resnet18", choices=["resnet18", "resnet50"])
args = parser.parse_args()

model = models.__dict__[args.arch](num_classes=1)
twin = models.__dict__[args.arch](num_classes=2)
criterion = nn.CrossEntropyLoss()  # expect: XL204
for images, target in train_loader:
    loss = criterion(model(images), target)
    loss = criterion(twin(images), target)
