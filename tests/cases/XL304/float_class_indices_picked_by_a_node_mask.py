"""Bug: node labels cast to float and picked by a training mask reach F.cross_entropy, which needs int64 class indices."""
import torch
import torch.nn as nn
import torch.nn.functional as F

num_nodes, num_classes = 2708, 7
features = torch.randn(num_nodes, 1433)
labels = torch.randint(0, num_classes, (num_nodes,)).float()
train_mask = torch.rand(num_nodes) < 0.1

model = nn.Sequential(nn.Linear(1433, 16), nn.ReLU(), nn.Linear(16, num_classes))
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
for epoch in range(200):
    optimizer.zero_grad()
    out = model(features)
    loss = F.cross_entropy(out[train_mask], labels[train_mask])  # expect: XL304
    loss.backward()
    optimizer.step()
