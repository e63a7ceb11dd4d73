"""Bug: a Dataset numbers its folders with {c: i for i, c in enumerate(classes)} and returns the number as a float32 tensor to CrossEntropyLoss; the same number as a default (int64) tensor must stay silent."""
import os

import torch
import torch.nn as nn
from PIL import Image
from torch.utils.data import DataLoader, Dataset


class FolderDataset(Dataset):
    def __init__(self, root, as_float):
        self.root = root
        self.as_float = as_float
        self.classes = sorted(os.listdir(root))
        self.class_to_idx = {c: i for i, c in enumerate(self.classes)}
        self.files = [os.path.join(c, f) for c in self.classes
                      for f in os.listdir(os.path.join(root, c))]

    def __len__(self):
        return len(self.files)

    def __getitem__(self, i):
        path = self.files[i]
        label = self.class_to_idx[path.split(os.sep)[0]]
        image = Image.open(os.path.join(self.root, path))
        if self.as_float:
            return image, torch.tensor(label, dtype=torch.float32)
        return image, torch.tensor(label)


model = nn.Sequential(nn.Flatten(), nn.Linear(3 * 64 * 64, 5))
criterion = nn.CrossEntropyLoss()
for images, labels in DataLoader(FolderDataset("data/train", True), batch_size=32):
    loss = criterion(model(images), labels)  # expect: XL304
for images, labels in DataLoader(FolderDataset("data/train", False), batch_size=32):
    loss = criterion(model(images), labels)
