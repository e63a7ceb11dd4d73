"""Bug: a Dataset class over arrays passed in from elsewhere yields (features, target) items; in the training loop the batch's targets are made one column (target.unsqueeze(1)) for F.cross_entropy, which needs (N,) class indices."""
import torch.nn.functional as F
from torch import nn
from torch.utils.data import DataLoader, Dataset


class TabularDataset(Dataset):
    def __init__(self, features, targets):
        self.features, self.targets = features, targets

    def __len__(self):
        return len(self.targets)

    def __getitem__(self, index):
        return self.features[index], self.targets[index]


def train(features, targets, accumulation_steps=4):
    loader = DataLoader(TabularDataset(features, targets), batch_size=32, shuffle=True)
    model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 5))
    for step, (batch, target) in enumerate(loader):
        logits = model(batch)
        loss = F.cross_entropy(logits, target.unsqueeze(1)) / accumulation_steps  # expect: XL303
        loss.backward()
