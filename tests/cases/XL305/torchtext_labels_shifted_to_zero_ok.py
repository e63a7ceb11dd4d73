"""Look-alike: DBpedia's labels run from 1 to 14; the collate function shifts them to 0..13 for the classifier's 14 units, must stay silent."""
import torch
from torch import nn
from torch.utils.data import DataLoader
from torchtext.data.functional import to_map_style_dataset
from torchtext.datasets import DBpedia

N_CLASSES = 14
train_data = to_map_style_dataset(DBpedia(split="train"))


def encode(text):
    return [hash(word) % 50000 for word in text.lower().split()]


def collate(samples):
    targets, tokens, offsets = [], [], [0]
    for category, text in samples:
        targets.append(int(category) - 1)
        ids = torch.tensor(encode(text), dtype=torch.long)
        tokens.append(ids)
        offsets.append(len(ids))
    return (torch.cat(tokens), torch.tensor(offsets[:-1]).cumsum(0),
            torch.tensor(targets, dtype=torch.long))


class BagOfWords(nn.Module):
    def __init__(self):
        super().__init__()
        self.bag = nn.EmbeddingBag(50000, 96)
        self.out = nn.Linear(96, N_CLASSES)

    def forward(self, tokens, offsets):
        return self.out(self.bag(tokens, offsets))


model = BagOfWords()
criterion = nn.CrossEntropyLoss()
for tokens, offsets, targets in DataLoader(train_data, batch_size=64, collate_fn=collate):
    loss = criterion(model(tokens, offsets), targets)
    loss.backward()
