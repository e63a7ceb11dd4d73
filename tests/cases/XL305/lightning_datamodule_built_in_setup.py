"""Bug: the data module builds its CIFAR-100 sets in setup(), which the trainer calls before it asks for the loaders; the model has a 10-unit head."""
import lightning as L
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, random_split
from torchvision import datasets, transforms


class CifarData(L.LightningDataModule):
    def __init__(self, root="data", batch_size=128):
        super().__init__()
        self.root, self.batch_size = root, batch_size

    def prepare_data(self):
        datasets.CIFAR100(self.root, train=True, download=True)

    def setup(self, stage=None):
        full = datasets.CIFAR100(self.root, train=True, transform=transforms.ToTensor())
        self.train_set, self.val_set = random_split(full, [45000, 5000])

    def train_dataloader(self):
        return DataLoader(self.train_set, batch_size=self.batch_size, shuffle=True)

    def val_dataloader(self):
        return DataLoader(self.val_set, batch_size=self.batch_size)


class Classifier(L.LightningModule):
    def __init__(self, num_classes=10):
        super().__init__()
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(3072, 512), nn.ReLU(),
                                 nn.Linear(512, num_classes))  # expect: XL305

    def training_step(self, batch, batch_idx):
        x, y = batch
        return F.cross_entropy(self.net(x), y)

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.05)


L.Trainer(max_epochs=10).fit(Classifier(), datamodule=CifarData())
