"""Look-alike: each label read from one row of a table (df.loc[name].values[0], df.iloc[index]["label"]: a scalar) is collated to (N,) class indices for NLLLoss, and the table's first thousand rows (df.iloc[:1000]) keep their label column; all must stay silent."""
import os

import pandas as pd
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, Dataset


class Patches(Dataset):
    def __init__(self, root):
        self.names = sorted(os.listdir(root))
        table = pd.read_csv("train_labels.csv").set_index("id")
        self.labels = [table.loc[name[:-4]].values[0] for name in self.names]

    def __len__(self):
        return len(self.names)

    def __getitem__(self, index):
        return torch.load(self.names[index]), self.labels[index]


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3 * 96 * 96, 2)

    def forward(self, x):
        return F.log_softmax(self.fc(x.flatten(1)), dim=1)


class Reviews(Dataset):
    def __init__(self, path):
        self.data = pd.read_csv(path)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return torch.load(f"{index}.pt"), torch.tensor(self.data.iloc[index]["label"])


model = Net()
criterion = nn.NLLLoss()
for images, targets in DataLoader(Patches("train"), batch_size=32):
    loss = criterion(model(images), targets)
for images, targets in DataLoader(Reviews("reviews.csv"), batch_size=32):
    loss = criterion(model(images), targets)

first = pd.read_csv("train_labels.csv").iloc[:1000]
features = torch.tensor(first.drop(columns=["label"]).values, dtype=torch.float32)
loss = criterion(F.log_softmax(nn.Linear(8, 2)(features), dim=1),
                 torch.tensor(first["label"].values))
