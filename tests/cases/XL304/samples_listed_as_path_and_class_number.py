"""Bug: a Dataset lists (path, class number) pairs in __init__ and returns the number as float32 to CrossEntropyLoss, and labels appended as ACTIVITIES.index(name) are split and made a FloatTensor; the same numbers as int64 must stay silent."""
import os

import numpy as np
import torch
import torch.nn as nn
from PIL import Image
from torch.utils.data import DataLoader, Dataset

ACTIVITIES = ["walk", "sit", "stand"]


class Folder(Dataset):
    def __init__(self, root, dtype):
        self.dtype = dtype
        self.samples = []
        for idx, cls in enumerate(sorted(os.listdir(root))):
            for name in os.listdir(os.path.join(root, cls)):
                self.samples.append((os.path.join(root, cls, name), idx))

    def __len__(self):
        return len(self.samples)

    def __getitem__(self, i):
        path, label = self.samples[i]
        return Image.open(path), torch.tensor(label, dtype=self.dtype)


model = nn.Sequential(nn.Flatten(), nn.Linear(3 * 32 * 32, 5))
criterion = nn.CrossEntropyLoss()
for x, y in DataLoader(Folder("data", torch.float32), batch_size=8):
    loss = criterion(model(x), y)  # expect: XL304
for x, y in DataLoader(Folder("data", torch.long), batch_size=8):
    loss = criterion(model(x), y)

labels = []
for name in open("activities.txt").read().split():
    labels.append(ACTIVITIES.index(name))
split = int(0.8 * len(labels))
y_train = np.array(labels[:split])
recognizer = nn.Sequential(nn.Linear(16, 8), nn.ReLU(), nn.Linear(8, 3))
features = torch.randn(split, 16)
loss = criterion(recognizer(features), torch.FloatTensor(y_train))  # expect: XL304
loss = criterion(recognizer(features), torch.LongTensor(y_train))
