"""Bug: __getitem__ returns torch.tensor(float(self.labels[i])), a float class index per sample, and CrossEntropyLoss needs int64 class indices."""
import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset


class Spectra(Dataset):
    def __init__(self, x_path, y_path):
        self.spectra = np.load(x_path).astype(np.float32)
        self.labels = np.load(y_path)

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, i):
        return torch.from_numpy(self.spectra[i]), torch.tensor(float(self.labels[i]))


model = nn.Sequential(nn.Linear(256, 128), nn.ReLU(), nn.Linear(128, 7))
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters())
for spectra, labels in DataLoader(Spectra("x.npy", "y.npy"), batch_size=64, shuffle=True):
    optimizer.zero_grad()
    loss = criterion(model(spectra), labels)  # expect: XL304
    loss.backward()
    optimizer.step()
