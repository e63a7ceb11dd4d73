"""Bug: a DCGAN's real labels are torch.full((b,), real_label) with real_label = 1, an int, so the targets are int64 and BCELoss raises."""
import torch
import torch.nn as nn

netD = nn.Sequential(nn.Linear(784, 256), nn.LeakyReLU(0.2), nn.Linear(256, 1), nn.Sigmoid())
criterion = nn.BCELoss()
real_label, fake_label = 1, 0
real = torch.randn(64, 784)
b_size = real.size(0)
label = torch.full((b_size,), real_label, device="cpu")
errD_real = criterion(netD(real).view(-1), label)  # expect: XL304
