"""Look-alike: an option's default (100) that the code sets to the data set's class count must stay silent."""
import argparse

from torch import nn
from torch.utils.data import DataLoader
from torchvision import datasets

parser = argparse.ArgumentParser()
parser.add_argument("--num-classes", type=int, default=100)
args = parser.parse_args()
train_set = datasets.CIFAR10("data", train=True)
args.num_classes = 10
model = nn.Linear(3 * 32 * 32, args.num_classes)
for images, labels in DataLoader(train_set, batch_size=64):
    loss = nn.CrossEntropyLoss()(model(images.flatten(1)), labels)
