"""Bug: a matrix-factorisation recommender scores a user-item pair by the dot product of their embeddings (unbounded) and trains it with BCELoss, which expects probabilities."""
import torch
import torch.nn as nn


class MatrixFactorization(nn.Module):
    def __init__(self, num_users, num_items, factors=32):
        super().__init__()
        self.user = nn.Embedding(num_users, factors)
        self.item = nn.Embedding(num_items, factors)

    def forward(self, users, items):
        return (self.user(users) * self.item(items)).sum(dim=1)


model = MatrixFactorization(943, 1682)
criterion = nn.BCELoss()  # expect: XL102
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
users = torch.randint(0, 943, (4096,))
items = torch.randint(0, 1682, (4096,))
clicked = torch.randint(0, 2, (4096,)).float()
for epoch in range(10):
    optimizer.zero_grad()
    loss = criterion(model(users, items), clicked)
    loss.backward()
    optimizer.step()
