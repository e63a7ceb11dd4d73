"""Bug: ignite's supervised trainer calls CrossEntropyLoss on a module that ends in softmax."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from ignite.engine import Events, create_supervised_evaluator, create_supervised_trainer
from ignite.metrics import Accuracy, Loss


class DigitNet(nn.Module):
    def __init__(self, hidden=128):
        super().__init__()
        self.fc1 = nn.Linear(784, hidden)
        self.fc2 = nn.Linear(hidden, 10)

    def forward(self, x):
        x = F.relu(self.fc1(x.flatten(1)))
        return F.softmax(self.fc2(x), dim=1)


net = DigitNet()
optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
criterion = nn.CrossEntropyLoss()  # expect: XL101
trainer = create_supervised_trainer(net, optimizer, criterion)
evaluator = create_supervised_evaluator(net, metrics={"acc": Accuracy(), "nll": Loss(criterion)})
