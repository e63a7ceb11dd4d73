"""Look-alike: a Dataset.__getitem__ returning one label of an array must stay silent."""
import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset
from sklearn.preprocessing import LabelEncoder
class Rows(Dataset):
    def __init__(self, features, labels):
        self.x = features
        self.y = LabelEncoder().fit_transform(labels)
    def __getitem__(self, i):
        return torch.tensor(self.x[i]), self.y[i]
model = nn.Linear(8, 3)
for xb, yb in DataLoader(Rows(features, labels), batch_size=4):
    loss = nn.CrossEntropyLoss()(model(xb), yb)
