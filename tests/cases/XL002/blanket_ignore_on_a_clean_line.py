"""Bug: a blanket xentlint ignore on a line with nothing to ignore."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(128, 10)

    def forward(self, x):
        return F.log_softmax(self.fc(x), dim=1)  # xentlint: ignore  # expect: XL002


model = Net()
loss = F.nll_loss(model(torch.randn(8, 128)), torch.randint(0, 10, (8,)))
