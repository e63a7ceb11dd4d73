"""Bug: integer class targets batched by the default collate reach BCEWithLogitsLoss; the same targets batched by a collate_fn of the user's (which casts them to float) must stay silent."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

features = torch.randn(500, 16)
is_fraud = torch.randint(0, 2, (500,))
dataset = TensorDataset(features, is_fraud)


def float_targets(batch):
    xs, ys = zip(*batch)
    return torch.stack(xs), torch.stack(ys).float()


model = nn.Linear(16, 1)
criterion = nn.BCEWithLogitsLoss()
for xb, yb in DataLoader(dataset, batch_size=32, shuffle=True, collate_fn=float_targets):
    loss = criterion(model(xb).squeeze(1), yb)

for xb, yb in DataLoader(dataset, batch_size=32, shuffle=True):
    loss = criterion(model(xb).squeeze(1), yb)  # expect: XL304
