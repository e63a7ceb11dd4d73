"""Bug: the --classes option defaults to 100, and CIFAR-10 has ten classes."""
import argparse

from torch import nn
from torch.utils.data import DataLoader
from torchvision import datasets

parser = argparse.ArgumentParser()
parser.add_argument("--classes", dest="n_classes", type=int, default=100)
args = parser.parse_args()
model = nn.Linear(3 * 32 * 32, args.n_classes)  # expect: XL305
for images, labels in DataLoader(datasets.CIFAR10("data", train=True), batch_size=64):
    loss = nn.CrossEntropyLoss()(model(images.flatten(1)), labels)
