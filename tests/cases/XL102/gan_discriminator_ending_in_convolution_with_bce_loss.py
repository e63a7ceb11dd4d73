"""Bug: a GAN discriminator ending in a convolution is trained with BCELoss."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

netD = nn.Sequential(nn.Conv2d(3, 64, 4), nn.LeakyReLU(0.2), nn.Conv2d(64, 1, 4))
loss = nn.BCELoss()(netD(x), torch.rand(8, 1, 1, 1))  # expect: XL102
