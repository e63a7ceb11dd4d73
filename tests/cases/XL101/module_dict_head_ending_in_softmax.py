"""Bug: the head kept in an nn.ModuleDict ends in softmax, and its output goes to CrossEntropyLoss."""
# Look-alike in the same file: the logits head of the same dict, indexed by its own key.
import torch
import torch.nn as nn


class MultiHead(nn.Module):
    def __init__(self, features=64):
        super().__init__()
        self.backbone = nn.Sequential(nn.Linear(32, features), nn.ReLU())
        self.heads = nn.ModuleDict({
            "species": nn.Sequential(nn.Linear(features, 12), nn.Softmax(dim=1)),
            "habitat": nn.Linear(features, 4),
        })

    def forward(self, x, task):
        return self.heads[task](self.backbone(x))


model = MultiHead()
criterion = nn.CrossEntropyLoss()
x = torch.randn(8, 32)
species_loss = criterion(model(x, "species"), torch.randint(0, 12, (8,)))  # expect: XL101
habitat_loss = criterion(model(x, "habitat"), torch.randint(0, 4, (8,)))
