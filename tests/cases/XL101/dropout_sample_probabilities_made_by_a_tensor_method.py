"""Bug: each dropout sample is turned into probabilities with the tensor method .softmax(-1) in a comprehension, and their mean goes to F.cross_entropy, which applies softmax again."""
import torch
import torch.nn.functional as F
from torch import nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(100, 64), nn.ReLU(), nn.Dropout(0.5))
        self.out = nn.Linear(64, 9)

    def forward(self, x):
        return self.out(self.body(x))


tagger = Tagger()
features, tags = torch.randn(16, 100), torch.randint(0, 9, (16,))
probs = torch.stack([tagger(features).softmax(-1) for _ in range(20)]).mean(0)
loss = F.cross_entropy(probs, tags)  # expect: XL101
