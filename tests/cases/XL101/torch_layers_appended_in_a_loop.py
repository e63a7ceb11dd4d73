"""Bug: an MLP whose hidden layers are appended in a loop ends in a Softmax appended after it, fed to CrossEntropyLoss."""
import torch.nn as nn


class MLP(nn.Module):
    def __init__(self, in_dim, hidden=(128, 64), num_classes=10):
        super().__init__()
        layers = []
        for width in hidden:
            layers.append(nn.Linear(in_dim, width))
            layers.append(nn.ReLU())
            in_dim = width
        layers.append(nn.Linear(in_dim, num_classes))
        layers += [nn.Softmax(dim=1)]
        self.net = nn.Sequential(*layers)

    def forward(self, x):
        return self.net(x)


model = MLP(784)
criterion = nn.CrossEntropyLoss()  # expect: XL101


def train_step(batch, optimizer):
    images, targets = batch
    optimizer.zero_grad()
    loss = criterion(model(images), targets)
    loss.backward()
    optimizer.step()
