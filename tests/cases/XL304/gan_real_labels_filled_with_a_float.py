"""Look-alike: the DCGAN's real labels are torch.full((b,), 1.) (float), the fake ones torch.full with dtype=torch.float, and others of the images' dtype (dtype=real.dtype), as BCELoss needs, must stay silent."""
import torch
import torch.nn as nn

netD = nn.Sequential(nn.Linear(784, 256), nn.LeakyReLU(0.2), nn.Linear(256, 1), nn.Sigmoid())
criterion = nn.BCELoss()
real_label, fake_label = 1., 0
real, fake = torch.randn(64, 784), torch.randn(64, 784)
label = torch.full((real.size(0),), real_label)
errD_real = criterion(netD(real).view(-1), label)
errD_fake = criterion(netD(fake).view(-1), torch.full((64,), fake_label, dtype=torch.float))
label = torch.full((real.size(0),), 1, dtype=real.dtype)
errD_real = errD_real + criterion(netD(real).view(-1), label)
