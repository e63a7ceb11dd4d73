"""Look-alike: a Dataset whose items are windows of 64 character ids (targets shifted by one) gives (N, L) targets, which CrossEntropyLoss takes with the classes moved to axis 1, must stay silent."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, Dataset


class CharWindows(Dataset):
    def __init__(self, ids, length=64):
        self.data = torch.tensor(ids, dtype=torch.long)
        self.length = length

    def __len__(self):
        return len(self.data) - self.length - 1

    def __getitem__(self, i):
        return self.data[i:i + self.length], self.data[i + 1:i + self.length + 1]


text = open("input.txt").read()
stoi = {c: i for i, c in enumerate(sorted(set(text)))}
model = nn.Sequential(nn.Embedding(len(stoi), 128), nn.Linear(128, len(stoi)))
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.AdamW(model.parameters(), lr=3e-4)
for x, y in DataLoader(CharWindows([stoi[c] for c in text]), batch_size=32, shuffle=True):
    logits = model(x)
    loss = criterion(logits.transpose(1, 2), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
