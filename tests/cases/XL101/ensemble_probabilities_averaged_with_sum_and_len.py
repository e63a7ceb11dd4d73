"""Bug: the members' softmax outputs are averaged with sum(...) / len(models), then given to CrossEntropyLoss, which applies softmax again."""
import torch
import torch.nn as nn

members = [nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 4)) for _ in range(5)]
criterion = nn.CrossEntropyLoss()
x, y = torch.randn(32, 20), torch.randint(0, 4, (32,))
ensemble = sum(torch.softmax(member(x), dim=1) for member in members) / len(members)
loss = criterion(ensemble, y)  # expect: XL101
