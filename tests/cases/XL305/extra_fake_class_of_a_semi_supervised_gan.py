"""Look-alike: a semi-supervised GAN's discriminator has one unit more than MNIST's 10 classes, for "fake", trained also on labels of that class made apart; it must stay silent."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

NUM_CLASSES = 10
aux_layer = nn.Sequential(nn.Linear(512, NUM_CLASSES + 1))
auxiliary_loss = nn.CrossEntropyLoss()
loader = DataLoader(datasets.MNIST("data", train=True, download=True,
                                   transform=transforms.ToTensor()), batch_size=64)
for i, (imgs, labels) in enumerate(loader):
    features = torch.randn(imgs.shape[0], 512)
    real_loss = auxiliary_loss(aux_layer(features), labels)
    fake_labels = torch.LongTensor(imgs.shape[0]).fill_(NUM_CLASSES)
    fake_loss = auxiliary_loss(aux_layer(torch.randn(imgs.shape[0], 512)), fake_labels)
