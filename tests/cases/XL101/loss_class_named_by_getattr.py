"""Bug: the loss class is looked up by name with getattr, and the model already ends in softmax."""
# getattr(nn, "CrossEntropyLoss") is nn.CrossEntropyLoss; a name read from the command line
# (args.loss) is not known and stays silent.
import argparse

import torch.nn as nn
import torch.nn.functional as F

parser = argparse.ArgumentParser()
parser.add_argument("--loss")
args = parser.parse_args()


class Net(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.fc = nn.Linear(20, num_classes)

    def forward(self, x):
        return F.softmax(self.fc(x), dim=1)


model = Net()
criterion = getattr(nn, "CrossEntropyLoss")()  # expect: XL101
loss = criterion(model(x), y)
other = getattr(nn, args.loss)()
other_loss = other(model(x), y)
