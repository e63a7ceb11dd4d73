"""Look-alike: tags marked in a loop (multi-hot targets) trained with BCEWithLogitsLoss, and a sample's class marked under an equality test (one-hot), must stay silent."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, Dataset

NUM_TAGS = 17
SPECIES = ["cat", "dog", "bird"]


class PlanetTiles(Dataset):
    def __init__(self, tiles, tag_ids):
        self.tiles = tiles
        self.tag_ids = tag_ids

    def __len__(self):
        return len(self.tiles)

    def __getitem__(self, index):
        target = torch.zeros(NUM_TAGS)
        for tag in self.tag_ids[index]:
            target[tag] = 1.0
        return self.tiles[index], target


class Pets(Dataset):
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        image, name = self.items[index]
        target = torch.zeros(len(SPECIES))
        for k, species in enumerate(SPECIES):
            if species == name:
                target[k] = 1.0
        return image, target


tagger = nn.Sequential(nn.Flatten(), nn.Linear(3 * 64 * 64, NUM_TAGS))
tag_loss = nn.BCEWithLogitsLoss()
for images, targets in DataLoader(PlanetTiles(tiles, tag_ids), batch_size=64):
    tag_loss(tagger(images), targets).backward()

classifier = nn.Sequential(nn.Flatten(), nn.Linear(3 * 64 * 64, len(SPECIES)))
class_loss = nn.CrossEntropyLoss()
for images, targets in DataLoader(Pets(items), batch_size=64):
    class_loss(classifier(images), targets).backward()
