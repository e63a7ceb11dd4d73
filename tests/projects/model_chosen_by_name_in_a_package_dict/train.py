import argparse

import torch.nn as nn

import nets

parser = argparse.ArgumentParser()
parser.add_argument("--arch", default="ProbNet")
args = parser.parse_args()
model = nets.__dict__[args.arch](num_classes=10)
criterion = nn.CrossEntropyLoss()  # expect: XL101
for features, labels in loader:
    loss = criterion(model(features), labels)
