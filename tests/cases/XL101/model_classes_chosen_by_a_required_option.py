"""Bug: a registry of model classes indexed by a required --arch option (no default): every class's forward ends in F.softmax, and the model built from it is moved to the device and trained with CrossEntropyLoss."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F


class MLP(nn.Module):
    def __init__(self, num_classes):
        super().__init__()
        self.fc1 = nn.Linear(784, 128)
        self.fc2 = nn.Linear(128, num_classes)

    def forward(self, x):
        return F.softmax(self.fc2(F.relu(self.fc1(x.flatten(1)))), dim=1)


class ConvNet(nn.Module):
    def __init__(self, num_classes):
        super().__init__()
        self.conv = nn.Conv2d(1, 16, 3)
        self.fc = nn.Linear(16 * 26 * 26, num_classes)

    def forward(self, x):
        return F.softmax(self.fc(F.relu(self.conv(x)).flatten(1)), dim=1)


ARCHS = {"mlp": MLP, "conv": ConvNet}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--arch", required=True, choices=sorted(ARCHS))
    args = parser.parse_args()
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model = ARCHS[args.arch](10).to(device)
    criterion = nn.CrossEntropyLoss()  # expect: XL101
    optimizer = torch.optim.Adam(model.parameters())
    for images, labels in loader:
        optimizer.zero_grad()
        loss = criterion(model(images.to(device)), labels.to(device))
        loss.backward()
        optimizer.step()
