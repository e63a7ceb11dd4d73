"""Bug: a notebook's training function is defined a second time, with nll_loss on the raw scores, and that version is the one the module runs."""
import torch
import torch.nn.functional as F
from torch import nn

model = nn.Linear(20, 10)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(64, 20), torch.randint(0, 10, (64,))


def train_epoch():
    optimizer.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    optimizer.step()


def train_epoch():
    optimizer.zero_grad()
    loss = F.nll_loss(model(x), y)  # expect: XL103
    loss.backward()
    optimizer.step()


for epoch in range(3):
    train_epoch()
