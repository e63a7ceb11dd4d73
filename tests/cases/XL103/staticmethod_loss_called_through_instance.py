"""Bug: a staticmethod NLLLoss helper called through an instance gets raw logits."""
import torch.nn as nn
class Trainer:
    @staticmethod
    def loss(out, y):
        return nn.NLLLoss()(out, y)  # expect: XL103
    def step(self, x, y):
        return self.loss(model(x), y)
model = nn.Sequential(nn.Linear(4, 3))
Trainer().step(x, torch.tensor([0, 1, 2]))
