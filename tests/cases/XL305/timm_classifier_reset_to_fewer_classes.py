"""Bug: a timm backbone created for 10 classes, its head reset with model.reset_classifier(5) for fine-tuning, then trained on CIFAR-10's ten classes."""
import timm
import torch
from torch import nn
from torch.utils.data import DataLoader
from torchvision import transforms
from torchvision.datasets import CIFAR10

train_set = CIFAR10("data", train=True, download=True, transform=transforms.ToTensor())
loader = DataLoader(train_set, batch_size=64, shuffle=True)
model = timm.create_model("resnet18", pretrained=True, num_classes=10)
model.reset_classifier(5)  # expect: XL305
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.AdamW(model.parameters(), lr=3e-4)
for images, labels in loader:
    optimizer.zero_grad()
    criterion(model(images), labels).backward()
    optimizer.step()
