"""Look-alike: a middle layer of VGG16's classifier replaced, then its last one for the ten CIFAR-10 classes, must stay silent."""
from torch import nn
from torch.utils.data import DataLoader
from torchvision import datasets, models, transforms

model = models.vgg16(weights="IMAGENET1K_V1")
model.classifier[3] = nn.Linear(4096, 4096)
model.classifier[6] = nn.Linear(4096, 10)
train_set = datasets.CIFAR10("data", train=True, transform=transforms.ToTensor())
for images, labels in DataLoader(train_set, batch_size=32):
    loss = nn.CrossEntropyLoss()(model(images), labels)
