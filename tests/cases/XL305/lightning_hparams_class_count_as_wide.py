"""Look-alike: the LightningModule is built with num_classes=100, kept by save_hyperparameters("num_classes", "lr") and read as self.hparams["num_classes"], as many as CIFAR-100's classes, must stay silent."""
import lightning as L
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader
from torchvision import datasets, transforms


class LitClassifier(L.LightningModule):
    def __init__(self, num_classes=10, lr=1e-3):
        super().__init__()
        self.save_hyperparameters("num_classes", "lr")
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(3 * 32 * 32, 256), nn.ReLU(),
                                 nn.Linear(256, self.hparams["num_classes"]))

    def forward(self, x):
        return self.net(x)

    def training_step(self, batch, batch_idx):
        images, labels = batch
        return F.cross_entropy(self(images), labels)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.hparams.lr)


train = datasets.CIFAR100("data", train=True, download=True, transform=transforms.ToTensor())
L.Trainer(max_epochs=5).fit(LitClassifier(num_classes=100), DataLoader(train, batch_size=128))
