"""Look-alike: the same padding collate over a dataset loaded from disk returns float targets for BCEWithLogitsLoss, must stay silent."""
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader


def pad_batch(batch):
    token_ids, targets = zip(*batch)
    return pad_sequence(token_ids, batch_first=True), torch.tensor(targets, dtype=torch.float32)


class SpamClassifier(nn.Module):
    def __init__(self, vocab_size=20000, dim=64):
        super().__init__()
        self.embed = nn.EmbeddingBag(vocab_size, dim)
        self.out = nn.Linear(dim, 1)

    def forward(self, ids):
        return self.out(self.embed(ids)).squeeze(1)


loader = DataLoader(torch.load("spam_pairs.pt"), batch_size=32, shuffle=True, collate_fn=pad_batch)
model = SpamClassifier()
criterion = nn.BCEWithLogitsLoss()
for ids, targets in loader:
    loss = criterion(model(ids), targets)
    loss.backward()
