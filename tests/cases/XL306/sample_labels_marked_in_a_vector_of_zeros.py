"""Look-alike: a vector of zeros with one entry per node, some marked 1 (a class index for every node), trained with CrossEntropyLoss on a two-unit head, must stay silent."""
import torch
import torch.nn as nn

N = 34
labels = torch.zeros(N, dtype=torch.long)
labels[[8, 30, 32, 33]] = 1
positives = [0, 4, 5]
flags = torch.zeros(N)
for node in positives:
    flags[node] = 1.0

net = nn.Sequential(nn.Linear(N, 16), nn.ReLU(), nn.Linear(16, 2))
features = torch.eye(N)
loss = nn.CrossEntropyLoss()(net(features), labels)
loss = loss + nn.BCEWithLogitsLoss()(net(features)[:, 1], flags)
loss.backward()
