"""Look-alike: focal losses written by hand on sigmoid probabilities (a sigmoid head, and a sigmoid applied inside the loss) must stay silent."""
import torch
import torch.nn as nn


class FocalLoss(nn.Module):
    def forward(self, inputs, targets):
        pt = torch.where(targets == 1, inputs, 1 - inputs)
        return (-(1 - pt) ** 2 * torch.log(pt + 1e-8)).mean()


class FocalWithLogits(nn.Module):
    def forward(self, logits, targets):
        p = torch.sigmoid(logits)
        pt = torch.where(targets == 1, p, 1 - p)
        return (-(1 - pt) ** 2 * torch.log(pt.clamp(min=1e-6))).mean()


features = torch.randn(512, 19)
churned = torch.randint(0, 2, (512, 1)).float()
probabilities = nn.Sequential(nn.Linear(19, 64), nn.ReLU(), nn.Linear(64, 1), nn.Sigmoid())
logits = nn.Sequential(nn.Linear(19, 64), nn.ReLU(), nn.Linear(64, 1))
loss = FocalLoss()(probabilities(features), churned) + FocalWithLogits()(logits(features), churned)
loss.backward()
