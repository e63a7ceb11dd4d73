import lightning as L
import torch
import torch.nn as nn
import torch.nn.functional as F


class SpamFilter(L.LightningModule):
    def __init__(self, lr=1e-3, hidden=256):
        super().__init__()
        self.lr = lr
        self.encoder = nn.Sequential(nn.Linear(512, hidden), nn.ReLU())
        self.head = nn.Sequential(nn.Linear(hidden, 1), nn.Sigmoid())

    def forward(self, x):
        return self.head(self.encoder(x)).squeeze(-1)

    def training_step(self, batch, batch_idx):
        x, y = batch
        return F.binary_cross_entropy_with_logits(self(x), y.float())  # expect: XL101

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)
