"""Look-alike: the towers of a module list end in a softmax for one task and in logits for the other, so which one reaches F.cross_entropy is not known here, must stay silent."""
import torch.nn as nn
import torch.nn.functional as F


class TwoTowers(nn.Module):
    def __init__(self):
        super().__init__()
        self.bottom = nn.Linear(100, 128)
        self.towers = nn.ModuleList()
        self.towers.append(nn.Linear(128, 3))
        for _ in range(num_aux):
            self.towers.append(nn.Sequential(nn.Linear(128, 3), nn.Softmax(dim=-1)))

    def forward(self, x):
        shared = F.relu(self.bottom(x))
        return [tower(shared) for tower in self.towers]


model = TwoTowers()
for x, y in batches:
    preds = model(x)
    loss = F.cross_entropy(preds[0], y)
    loss.backward()
