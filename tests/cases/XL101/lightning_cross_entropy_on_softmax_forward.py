"""Bug: a Lightning module applies F.cross_entropy to a softmax forward."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

import pytorch_lightning as pl
class Lit(pl.LightningModule):
    def __init__(self):
        super().__init__()
        self.layer = nn.Linear(784, 10)
    def forward(self, x):
        return self.layer(x).softmax(dim=-1)
    def training_step(self, batch, batch_idx):
        x, y = batch
        return F.cross_entropy(self(x), y)  # expect: XL101
