"""Bug: train_step(model, *batch) unpacks a (inputs, targets) batch after the model, which ends in softmax, into a step that applies CrossEntropyLoss."""
import torch
from torch import nn

model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 10), nn.Softmax(dim=1))
criterion = nn.CrossEntropyLoss()  # expect: XL101
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)


def train_step(net, inputs, targets):
    optimizer.zero_grad()
    loss = criterion(net(inputs), targets)
    loss.backward()
    optimizer.step()
    return loss.item()


batch = (torch.randn(32, 20), torch.randint(0, 10, (32,)))
for epoch in range(5):
    print(train_step(model, *batch))
