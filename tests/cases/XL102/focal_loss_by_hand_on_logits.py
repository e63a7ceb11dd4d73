"""Bug: a focal loss written by hand takes the log of each sample's true-side probability (pt = where(y == 1, p, 1 - p)), but the model it trains ends in a linear layer (raw logits)."""
import torch
import torch.nn as nn


class FocalLoss(nn.Module):
    def __init__(self, gamma=2.0):
        super().__init__()
        self.gamma = gamma

    def forward(self, inputs, targets):
        pt = torch.where(targets == 1, inputs, 1 - inputs)
        return (-(1 - pt) ** self.gamma * torch.log(pt)).mean()  # expect: XL102


model = nn.Sequential(nn.Linear(19, 64), nn.ReLU(), nn.Linear(64, 1))
criterion = FocalLoss()
features = torch.randn(512, 19)
churned = torch.randint(0, 2, (512, 1)).float()
loss = criterion(model(features), churned)
loss.backward()
