"""Look-alike: of two towers written out, the first ends in logits for F.cross_entropy and the second in a sigmoid for BCELoss; preds[task] in a loop over tasks is either, so it must stay silent."""
import torch.nn as nn
import torch.nn.functional as F


class TwoTasks(nn.Module):
    def __init__(self):
        super().__init__()
        self.bottom = nn.Linear(100, 128)
        self.towers = nn.ModuleList([nn.Linear(128, 3), nn.Sequential(nn.Linear(128, 1), nn.Sigmoid())])

    def forward(self, x):
        shared = F.relu(self.bottom(x))
        return [tower(shared) for tower in self.towers]


LOSSES = [F.cross_entropy, F.binary_cross_entropy]
model = TwoTasks()
for x, ys in batches:
    preds = model(x)
    loss = 0.0
    for task in range(2):
        loss = loss + LOSSES[task](preds[task], ys[task])
    loss.backward()
