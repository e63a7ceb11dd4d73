"""Look-alike: the data module builds CIFAR-10 in setup() and is given to fit() in the loaders' place; the head has its 10 classes, must stay silent."""
import lightning as L
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader
from torchvision import datasets, transforms


class CifarData(L.LightningDataModule):
    def setup(self, stage):
        if stage == "fit":
            self.train_set = datasets.CIFAR10("data", train=True, transform=transforms.ToTensor())

    def train_dataloader(self):
        return DataLoader(self.train_set, batch_size=128, shuffle=True)


class Classifier(L.LightningModule):
    def __init__(self, num_classes=10):
        super().__init__()
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(3072, 512), nn.ReLU(),
                                 nn.Linear(512, num_classes))

    def training_step(self, batch, batch_idx):
        x, y = batch
        return F.cross_entropy(self.net(x), y)

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.05)


L.Trainer(max_epochs=10).fit(Classifier(), CifarData())
