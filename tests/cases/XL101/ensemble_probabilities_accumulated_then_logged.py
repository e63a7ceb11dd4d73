"""Look-alike: the members' softmax outputs are accumulated into zeros, divided by their count, and their log goes to NLLLoss, must stay silent."""
import torch
import torch.nn as nn

members = [nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 4)) for _ in range(5)]
x, y = torch.randn(32, 20), torch.randint(0, 4, (32,))
probs = torch.zeros(32, 4)
for member in members:
    probs += torch.softmax(member(x), dim=1)
probs /= len(members)
loss = nn.NLLLoss()(torch.log(probs + 1e-8), y)
listed = [torch.softmax(member(x), dim=1) for member in members]
mean_probs = sum(listed) / len(listed)
loss = loss + nn.NLLLoss()(mean_probs.clamp_min(1e-8).log(), y)
