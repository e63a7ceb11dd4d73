"""Look-alike: the edge labels torch.cat([torch.ones(200), torch.zeros(200)]) meet the link predictor's scores squeezed to (N,), must stay silent."""
import torch
import torch.nn as nn

decoder = nn.Sequential(nn.Linear(128, 64), nn.ReLU(), nn.Linear(64, 1))
criterion = nn.BCEWithLogitsLoss()
z = torch.randn(1000, 64)
pos, neg = torch.randint(0, 1000, (2, 200)), torch.randint(0, 1000, (2, 200))
pairs = torch.cat([torch.cat([z[pos[0]], z[pos[1]]], 1), torch.cat([z[neg[0]], z[neg[1]]], 1)])
edge_label = torch.cat([torch.ones(200), torch.zeros(200)])
loss = criterion(decoder(pairs).squeeze(-1), edge_label)
