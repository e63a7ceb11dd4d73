"""Bug: VGG16's last classifier layer is replaced for five classes, but CIFAR-10 has ten."""
from torch import nn
from torch.utils.data import DataLoader
from torchvision import datasets, models, transforms

model = models.vgg16(weights="IMAGENET1K_V1")
model.classifier[6] = nn.Linear(4096, 5)  # expect: XL305
train_set = datasets.CIFAR10("data", train=True, transform=transforms.ToTensor())
criterion = nn.CrossEntropyLoss()
for images, labels in DataLoader(train_set, batch_size=32):
    loss = criterion(model(images), labels)
