"""Bug: a LightningModule builds its head from self.hparams.num_classes (10, saved by save_hyperparameters()), but it is trained on CIFAR-100's 100 classes."""
import lightning as L
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader
from torchvision import datasets, transforms


class LitClassifier(L.LightningModule):
    def __init__(self, num_classes=10, lr=1e-3, backbone=None):
        super().__init__()
        self.save_hyperparameters(ignore=["backbone"])
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(3 * 32 * 32, 256), nn.ReLU(),
                                 nn.Linear(256, self.hparams.num_classes))  # expect: XL305

    def forward(self, x):
        return self.net(x)

    def training_step(self, batch, batch_idx):
        images, labels = batch
        loss = F.cross_entropy(self(images), labels)
        self.log("train_loss", loss)
        return loss

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.hparams.lr)


train = datasets.CIFAR100("data", train=True, download=True, transform=transforms.ToTensor())
L.Trainer(max_epochs=5).fit(LitClassifier(), DataLoader(train, batch_size=128, shuffle=True))
