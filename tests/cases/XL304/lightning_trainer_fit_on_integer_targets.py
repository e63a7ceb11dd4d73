"""Bug: a Lightning Trainer fits a module whose training_step gives the loader's int64 targets to BCEWithLogitsLoss (a loader given to fit, and a datamodule's train_dataloader); the float targets twin must stay silent."""
import lightning as L
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class Detector(L.LightningModule):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 1)
        self.loss_fn = nn.BCEWithLogitsLoss()

    def training_step(self, batch, batch_idx):
        x, y = batch
        return self.loss_fn(self.fc(x).squeeze(-1), y)  # expect: XL304

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters())


class Checker(Detector):
    def training_step(self, batch, batch_idx):
        x, y = batch
        return self.loss_fn(self.fc(x).squeeze(-1), y)  # expect: XL304


class FloatChecker(Detector):
    def training_step(self, batch, batch_idx):
        x, y = batch
        return self.loss_fn(self.fc(x).squeeze(-1), y)


class Flags(L.LightningDataModule):
    def train_dataloader(self):
        return DataLoader(TensorDataset(torch.randn(100, 8), torch.randint(0, 2, (100,))))


features, flags = torch.randn(100, 8), torch.randint(0, 2, (100,))
L.Trainer(max_epochs=3).fit(Detector(), DataLoader(TensorDataset(features, flags), batch_size=16))
L.Trainer(max_epochs=3).fit(Checker(), datamodule=Flags())
L.Trainer(max_epochs=3).fit(FloatChecker(), DataLoader(TensorDataset(features, flags.float())))
