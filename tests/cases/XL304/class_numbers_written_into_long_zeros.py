"""Bug: integer labels to BCEWithLogitsLoss; class numbers written into torch.zeros(N * C, dtype=torch.long) sample by sample (the spiral classification notebook) for CrossEntropyLoss, and a GAN's float targets made as torch.ones(batch_size), must stay silent."""
import torch
from torch import nn

N, C, D = 100, 3, 2
X = torch.zeros(N * C, D)
y = torch.zeros(N * C, dtype=torch.long)
for c in range(C):
    for ix in range(N * c, N * (c + 1)):
        y[ix] = c
model = nn.Sequential(nn.Linear(D, 100), nn.Linear(100, C))
criterion = torch.nn.CrossEntropyLoss()
loss = criterion(model(X), y)

batch_size = 64
critic = nn.Sequential(nn.Linear(D, 1), nn.Flatten(0))
adversarial = nn.BCEWithLogitsLoss()
loss = adversarial(critic(X[:batch_size]), torch.ones(batch_size))
binary = nn.BCEWithLogitsLoss()
loss = binary(critic(X[:batch_size]), torch.randint(0, 2, (batch_size,)))  # expect: XL304
