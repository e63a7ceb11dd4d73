"""Bug: a torch model whose nn.ModuleList of layers ends in nn.Softmax, applied in turn by a loop in forward, trained with CrossEntropyLoss; the list without the softmax must stay silent."""
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self, sizes, probabilities):
        super().__init__()
        parts = [nn.Linear(sizes[0], sizes[1]), nn.ReLU(), nn.Linear(sizes[1], sizes[2])]
        if probabilities:
            parts = parts + [nn.Softmax(dim=1)]
        self.layers = nn.ModuleList(parts)

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


model = Classifier([20, 64, 5], probabilities=True)
twin = Classifier([20, 64, 5], probabilities=False)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters())
for features, targets in loader:
    loss = criterion(model(features), targets)  # expect: XL101
    loss = criterion(twin(features), targets)
