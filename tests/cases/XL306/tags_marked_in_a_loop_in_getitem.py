"""Bug: a Dataset marks every tag of an image in a row of zeros (multi-hot targets) and the model is trained with CrossEntropyLoss, which treats the classes as exclusive."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, Dataset

NUM_TAGS = 17


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


model = nn.Sequential(nn.Flatten(), nn.Linear(3 * 64 * 64, 256), nn.ReLU(), nn.Linear(256, NUM_TAGS))
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters())
loader = DataLoader(PlanetTiles(tiles, tag_ids), batch_size=64, shuffle=True)

for images, targets in loader:
    optimizer.zero_grad()
    loss = criterion(model(images), targets)  # expect: XL306
    loss.backward()
    optimizer.step()
