"""Bug: a multi-label model (BCEWithLogitsLoss over 5 tags) has its outputs gathered batch by batch and decoded with argmax; a single-label twin trained with CrossEntropyLoss and decoded the same way must stay silent."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader

tagger = nn.Sequential(nn.Linear(16, 8), nn.ReLU(), nn.Linear(8, 5))
tag_loss = nn.BCEWithLogitsLoss()
classifier = nn.Sequential(nn.Linear(16, 8), nn.ReLU(), nn.Linear(8, 5))
class_loss = nn.CrossEntropyLoss()
loader = DataLoader(torch.load("valid.pt"), batch_size=64)


@torch.no_grad()
def predict():
    tags, classes = [], []
    for x, y in loader:
        out = tagger(x)
        loss = tag_loss(out, y)
        tags.append(out)
        scores = classifier(x)
        loss = class_loss(scores, y.argmax(1))
        classes.append(scores)
    return torch.cat(tags).argmax(1), torch.cat(classes).argmax(1)  # expect: XL401
