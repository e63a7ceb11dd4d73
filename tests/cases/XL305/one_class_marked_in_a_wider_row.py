"""Bug: a Dataset marks each sample's class in a row of 10 zeros (one-hot of 10 classes) but the head has 5 outputs."""
import pandas as pd
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, Dataset

NUM_CLASSES = 10


class Digits(Dataset):
    def __init__(self, images, labels):
        self.images = images
        self.labels = labels

    def __len__(self):
        return len(self.images)

    def __getitem__(self, i):
        target = torch.zeros(NUM_CLASSES)
        target[self.labels[i]] = 1.0
        return self.images[i], target


frame = pd.read_csv("train.csv")
images = torch.load("images.pt")
model = nn.Sequential(nn.Flatten(), nn.Linear(784, 5))  # expect: XL305
criterion = nn.CrossEntropyLoss()
for x, y in DataLoader(Digits(images, frame["label"].values), batch_size=32):
    loss = criterion(model(x), y)
    loss.backward()
