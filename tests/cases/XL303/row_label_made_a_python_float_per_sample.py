"""Bug: a Dataset's __getitem__ returns torch.tensor(float(row["transit"])), one number per sample, so batches of targets are (N,) against the (N, 1) logits of BCEWithLogitsLoss."""
import pandas as pd
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, Dataset


class LightCurves(Dataset):
    def __init__(self, path):
        self.table = pd.read_csv(path)

    def __len__(self):
        return len(self.table)

    def __getitem__(self, i):
        row = self.table.iloc[i]
        flux = torch.tensor(row[["depth", "period", "snr"]].values, dtype=torch.float32)
        return flux, torch.tensor(float(row["transit"]))


net = nn.Sequential(nn.Linear(3, 32), nn.ReLU(), nn.Linear(32, 1))
loss_fn = nn.BCEWithLogitsLoss()
for flux, target in DataLoader(LightCurves("koi.csv"), batch_size=64):
    loss = loss_fn(net(flux), target)  # expect: XL303
    loss.backward()
