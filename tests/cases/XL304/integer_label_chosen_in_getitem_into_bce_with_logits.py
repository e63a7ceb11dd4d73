"""Bug: a Dataset returns torch.tensor(1 or 0), int64 once batched, to BCEWithLogitsLoss."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, Dataset


class ReviewPairs(Dataset):
    def __init__(self, paths, features):
        self.paths = paths
        self.features = features

    def __len__(self):
        return len(self.paths)

    def __getitem__(self, i):
        label = 1 if "/pos/" in self.paths[i] else 0
        return self.features[i], torch.tensor(label)


model = nn.Sequential(nn.Linear(300, 64), nn.ReLU(), nn.Linear(64, 1))
criterion = nn.BCEWithLogitsLoss()
loader = DataLoader(ReviewPairs(paths, features), batch_size=32, shuffle=True)
for xb, yb in loader:
    loss = criterion(model(xb).squeeze(1), yb)  # expect: XL304
