"""Bug: a Dataset's items are (image, one-hot label, file name); the one-hot labels, second of three, reach CrossEntropyLoss, which expects class indices."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, Dataset

NUM_CLASSES = 12


class LeafImages(Dataset):
    def __init__(self, images, class_ids, file_names):
        self.images = images
        self.class_ids = class_ids
        self.file_names = file_names

    def __len__(self):
        return len(self.file_names)

    def __getitem__(self, index):
        target = F.one_hot(torch.tensor(self.class_ids[index]), NUM_CLASSES)
        return self.images[index], target, self.file_names[index]


def train(model, dataset):
    loader = DataLoader(dataset, batch_size=32, shuffle=True)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    for images, targets, names in loader:
        loss = criterion(model(images), targets)  # expect: XL302
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


train(nn.Sequential(nn.Flatten(), nn.Linear(3 * 64 * 64, NUM_CLASSES)),
      LeafImages(torch.randn(500, 3, 64, 64), [i % NUM_CLASSES for i in range(500)], ["x.png"] * 500))
