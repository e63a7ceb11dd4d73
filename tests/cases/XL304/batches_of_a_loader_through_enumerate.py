"""Bug: integer targets reach BCEWithLogitsLoss in batches read through enumerate(loader), zip() and next(iter(loader)); the float targets through the same loops must stay silent."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset
from tqdm import tqdm

features = torch.randn(1000, 16)
churned = torch.randint(0, 2, (1000,))
loader = DataLoader(TensorDataset(features, churned), batch_size=32, shuffle=True)
float_loader = DataLoader(TensorDataset(features, churned.float()), batch_size=32)

model = nn.Linear(16, 1)
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.Adam(model.parameters())
for epoch in range(5):
    for step, (xb, yb) in enumerate(tqdm(loader)):
        optimizer.zero_grad()
        loss = criterion(model(xb).squeeze(1), yb)  # expect: XL304
        loss.backward()
        optimizer.step()
    for step, (xb, yb) in enumerate(float_loader):
        loss = criterion(model(xb).squeeze(1), yb)

sample_x, sample_y = next(iter(loader))
first = criterion(model(sample_x).squeeze(1), sample_y)  # expect: XL304

for (xb, yb), (fx, fy) in zip(loader, float_loader):
    paired = criterion(model(fx).squeeze(1), fy)
