"""Bug: integer targets reach BCEWithLogitsLoss as the third tensor of a TensorDataset (BERT fine-tuning style) and as the "target" of a Dataset returning dicts; the float twins must stay silent."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, Dataset, TensorDataset

input_ids = torch.randint(0, 30000, (512, 64))
attention_mask = torch.ones(512, 64)
tags = torch.randint(0, 2, (512, 28))
model = nn.Linear(64, 28)
criterion = nn.BCEWithLogitsLoss()

loader = DataLoader(TensorDataset(input_ids, attention_mask, tags), batch_size=32)
for ids, mask, target in loader:
    loss = criterion(model(ids.float()), target)  # expect: XL304
for batch in loader:
    loss = criterion(model(batch[0].float()), batch[2])  # expect: XL304
float_loader = DataLoader(TensorDataset(input_ids, attention_mask, tags.float()), batch_size=32)
for ids, mask, target in float_loader:
    loss = criterion(model(ids.float()), target)


class Melanoma(Dataset):
    def __init__(self, images, labels, as_float=False):
        self.images, self.labels = images, labels

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, i):
        return {"image": self.images[i], "target": torch.tensor(self.labels[i], dtype=torch.long)}


class FloatMelanoma(Melanoma):
    def __getitem__(self, i):
        return {"image": self.images[i], "target": torch.tensor(self.labels[i], dtype=torch.float)}


head = nn.Linear(64, 1)
for data in DataLoader(Melanoma(torch.randn(100, 64), [0, 1] * 50), batch_size=16):
    loss = criterion(head(data["image"]).view(-1), data["target"])  # expect: XL304
for data in DataLoader(FloatMelanoma(torch.randn(100, 64), [0, 1] * 50), batch_size=16):
    loss = criterion(head(data["image"]).view(-1), data["target"])
