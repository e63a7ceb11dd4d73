"""Bug: heads built by a comprehension over range(num_tasks) end in a softmax; each one's output, picked by its task index, goes to F.cross_entropy."""
import torch.nn as nn
import torch.nn.functional as F


class SharedBottom(nn.Module):
    def __init__(self, num_tasks, num_classes):
        super().__init__()
        self.bottom = nn.Linear(100, 128)
        self.towers = nn.ModuleList(
            [nn.Sequential(nn.Linear(128, num_classes), nn.Softmax(dim=-1)) for _ in range(num_tasks)])

    def forward(self, x):
        shared = F.relu(self.bottom(x))
        return [tower(shared) for tower in self.towers]


model = SharedBottom(num_tasks=4, num_classes=3)
for x, ys in batches:
    preds = model(x)
    loss = 0.0
    for task in range(4):
        loss = loss + F.cross_entropy(preds[task], ys[:, task])  # expect: XL101
    loss.backward()
