"""Bug: a Dataset returns a Python 1 or 0, collated to int64, to BCEWithLogitsLoss."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, Dataset


class Clips(Dataset):
    def __init__(self, files):
        self.files = files

    def __len__(self):
        return len(self.files)

    def __getitem__(self, i):
        label = 1 if self.files[i].startswith("speech") else 0
        return torch.load(self.files[i]), label


model = nn.Sequential(nn.Flatten(), nn.Linear(16000, 1))
criterion = nn.BCEWithLogitsLoss()
for waves, labels in DataLoader(Clips(files), batch_size=16):
    loss = criterion(model(waves).squeeze(1), labels)  # expect: XL304
