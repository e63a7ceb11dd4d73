"""Look-alike: dot-product scores of embeddings trained with BCEWithLogitsLoss, or passed through a sigmoid before BCELoss, and a link predictor's dot product through logsigmoid, must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class MatrixFactorization(nn.Module):
    def __init__(self, num_users, num_items, factors=32):
        super().__init__()
        self.user = nn.Embedding(num_users, factors)
        self.item = nn.Embedding(num_items, factors)

    def forward(self, users, items):
        return (self.user(users) * self.item(items)).sum(dim=1)


class ProbabilisticMF(MatrixFactorization):
    def forward(self, users, items):
        return torch.sigmoid(torch.sum(self.user(users) * self.item(items), -1))


users = torch.randint(0, 943, (4096,))
items = torch.randint(0, 1682, (4096,))
clicked = torch.randint(0, 2, (4096,)).float()
loss = nn.BCEWithLogitsLoss()(MatrixFactorization(943, 1682)(users, items), clicked)
loss = loss + nn.BCELoss()(ProbabilisticMF(943, 1682)(users, items), clicked)

encoder = nn.Linear(32, 16)
z = encoder(torch.randn(100, 32))
src = torch.randint(0, 100, (50,))
dst = torch.randint(0, 100, (50,))
link_loss = -F.logsigmoid((z[src] * z[dst]).sum(dim=-1)).mean()
(loss + link_loss).backward()
