"""Look-alike: a Dataset's items are (image, class index, file name); the class indices, second of three, reach CrossEntropyLoss, must stay silent."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, Dataset


class LeafImages(Dataset):
    def __init__(self, images, class_ids, file_names):
        self.images = images
        self.class_ids = class_ids
        self.file_names = file_names

    def __len__(self):
        return len(self.file_names)

    def __getitem__(self, index):
        return self.images[index], torch.tensor(self.class_ids[index], dtype=torch.long), self.file_names[index]


model = nn.Sequential(nn.Flatten(), nn.Linear(3 * 64 * 64, 12))
loader = DataLoader(LeafImages(images, class_ids, names), batch_size=32)
criterion = nn.CrossEntropyLoss()
for images, targets, names in loader:
    loss = criterion(model(images), targets)
    loss.backward()
