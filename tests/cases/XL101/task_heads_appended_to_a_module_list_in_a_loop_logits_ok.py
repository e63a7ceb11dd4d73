"""Look-alike: task heads appended to an nn.ModuleList in a loop end in nn.Linear, so CrossEntropyLoss gets logits, must stay silent."""
import torch
import torch.nn as nn


class MultiTaskNet(nn.Module):
    def __init__(self, n_tasks, n_classes=5):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(32, 64), nn.ReLU())
        self.heads = nn.ModuleList()
        for _ in range(n_tasks):
            self.heads.append(nn.Linear(64, n_classes))

    def forward(self, x):
        h = self.encoder(x)
        return [head(h) for head in self.heads]


def train(model, loader, n_epochs=3):
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(n_epochs):
        for x, targets in loader:
            outputs = model(x)
            loss = sum(criterion(out, t) for out, t in zip(outputs, targets))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()


train(MultiTaskNet(n_tasks=3), loader=[])
