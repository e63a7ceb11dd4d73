"""Bug: a Dataset gives each image an int64 one-hot row (F.one_hot) and the user's collate_fn stacks the rows (zip(*batch), or a comprehension, then torch.stack) for CrossEntropyLoss; class indices stacked the same way must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, Dataset

N_BREEDS = 37


class PetImages(Dataset):
    def __init__(self, paths, breeds, one_hot):
        self.paths = paths
        self.breeds = breeds
        self.one_hot = one_hot

    def __len__(self):
        return len(self.paths)

    def __getitem__(self, i):
        image = torch.load(self.paths[i])
        breed = torch.tensor(self.breeds[i])
        if self.one_hot:
            return image, F.one_hot(breed, N_BREEDS)
        return image, breed


def stack_pairs(batch):
    images, breeds = zip(*batch)
    return torch.stack(images), torch.stack(breeds)


def stack_by_index(batch):
    images = [sample[0] for sample in batch]
    breeds = [sample[1] for sample in batch]
    return torch.stack(images, dim=0), torch.stack(breeds, dim=0)


model = nn.Sequential(nn.Flatten(), nn.Linear(3 * 64 * 64, N_BREEDS))
criterion = nn.CrossEntropyLoss()
encoded = PetImages(train_paths, train_breeds, one_hot=True)
for images, breeds in DataLoader(encoded, batch_size=32, collate_fn=stack_pairs):
    loss = criterion(model(images), breeds)  # expect: XL302
for images, breeds in DataLoader(encoded, batch_size=32, collate_fn=stack_by_index):
    loss = criterion(model(images), breeds)  # expect: XL302


class PetIndices(PetImages):
    def __getitem__(self, i):
        return torch.load(self.paths[i]), torch.tensor(self.breeds[i])


indexed = PetIndices(train_paths, train_breeds, one_hot=False)
for images, breeds in DataLoader(indexed, batch_size=32, collate_fn=stack_pairs):
    loss = criterion(model(images), breeds)
for images, breeds in DataLoader(indexed, batch_size=32, collate_fn=stack_by_index):
    loss = criterion(model(images), breeds)
