"""Bug: a Dataset marks every tag of a post in a row of zeros as wide as the tag vocabulary (computed from a file: multi-hot targets), and CrossEntropyLoss trains on them."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, Dataset

ALL_TAGS = sorted({tag for line in open("tags.txt") for tag in line.split()})
NUM_TAGS = len(ALL_TAGS)


class Posts(Dataset):
    def __init__(self, records):
        self.records = records

    def __len__(self):
        return len(self.records)

    def __getitem__(self, i):
        embedding, tag_ids = self.records[i]
        target = torch.zeros(NUM_TAGS)
        for tag in tag_ids:
            target[tag] = 1
        return embedding, target


head = nn.Linear(384, NUM_TAGS)
criterion = nn.CrossEntropyLoss()
for embeddings, targets in DataLoader(Posts(records), batch_size=32):
    loss = criterion(head(embeddings), targets)  # expect: XL306
    loss.backward()
