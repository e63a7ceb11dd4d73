"""Bug: a momentum-contrast model returns its logits with their labels, zeros made as float (torch.zeros without dtype); the float labels go to nn.CrossEntropyLoss."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class MomentumContrast(nn.Module):
    def __init__(self, dim=128, queue_size=4096, temperature=0.07):
        super().__init__()
        self.query_encoder = nn.Sequential(nn.Linear(512, 256), nn.ReLU(), nn.Linear(256, dim))
        self.register_buffer("queue", F.normalize(torch.randn(dim, queue_size), dim=0))
        self.temperature = temperature

    def forward(self, queries, keys):
        q = F.normalize(self.query_encoder(queries), dim=1)
        positive = (q * keys).sum(dim=1, keepdim=True)
        negative = q @ self.queue
        logits = torch.cat([positive, negative], dim=1) / self.temperature
        labels = torch.zeros(logits.shape[0])
        return logits, labels


model = MomentumContrast()
criterion = nn.CrossEntropyLoss()
for queries, keys in loader:
    logits, labels = model(queries, keys)
    loss = criterion(logits, labels)  # expect: XL304
    loss.backward()
