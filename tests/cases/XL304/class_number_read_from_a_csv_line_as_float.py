"""Bug: a Dataset gives each clip's class number, parsed from a line of a CSV file, as a float tensor, and CrossEntropyLoss needs int64 class indices."""
import torch
import torch.nn as nn
import torchaudio
from torch.utils.data import DataLoader, Dataset


class Clips(Dataset):
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, idx):
        path, class_id = self.items[idx]
        waveform, _ = torchaudio.load(path)
        return waveform, torch.tensor(class_id, dtype=torch.float32)


items = [(line.split(",")[0], int(line.split(",")[1])) for line in open("esc10.csv")]
model = nn.Sequential(nn.Flatten(), nn.LazyLinear(10))
criterion = nn.CrossEntropyLoss()
for waveforms, targets in DataLoader(Clips(items), batch_size=16, shuffle=True):
    loss = criterion(model(waveforms), targets)  # expect: XL304
    loss.backward()
