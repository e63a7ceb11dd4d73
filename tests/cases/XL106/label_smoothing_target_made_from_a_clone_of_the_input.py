"""Look-alike: a label-smoothing target built in a clone of the log-probabilities, overwritten in place, must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class LabelSmoothing(nn.Module):
    def __init__(self, size, padding_idx, smoothing=0.1):
        super().__init__()
        self.criterion = nn.KLDivLoss(reduction="sum")
        self.padding_idx = padding_idx
        self.confidence = 1.0 - smoothing
        self.smoothing = smoothing
        self.size = size

    def forward(self, x, target):
        true_dist = x.data.clone()
        true_dist.fill_(self.smoothing / (self.size - 2))
        true_dist.scatter_(1, target.data.unsqueeze(1), self.confidence)
        true_dist[:, self.padding_idx] = 0
        return self.criterion(x, true_dist.clone().detach())


generator = nn.Linear(512, 1000)
criterion = LabelSmoothing(1000, 0)
loss = criterion(F.log_softmax(generator(torch.randn(8, 512)), dim=-1), torch.randint(1, 1000, (8,)))
