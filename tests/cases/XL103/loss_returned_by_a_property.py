"""Bug: a trainer's criterion is a @property returning NLLLoss (and a functools.cached_property in its subclass), called on a model that ends in a Linear layer: NLL of raw logits."""
import functools

import torch
import torch.nn as nn


class Trainer:
    def __init__(self, model, lr=1e-3):
        self.model = model
        self.optimizer = torch.optim.Adam(model.parameters(), lr=lr)

    @property
    def criterion(self):
        return nn.NLLLoss()  # expect: XL103

    def train_step(self, inputs, targets):
        self.optimizer.zero_grad()
        loss = self.criterion(self.model(inputs), targets)
        loss.backward()
        self.optimizer.step()
        return loss.item()


class CachedTrainer(Trainer):
    @functools.cached_property
    def criterion(self):
        return nn.NLLLoss(weight=torch.ones(3))  # expect: XL103


net = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3))
trainer = Trainer(net)
cached = CachedTrainer(nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3)))
for batch, labels in loader:
    trainer.train_step(batch, labels)
    cached.train_step(batch, labels)
