"""Bug: segmentation masks of unknown origin cast with .long() / .to(torch.int64) reach BCEWithLogitsLoss, which needs float targets."""
import numpy as np
import torch
import torch.nn as nn

net = nn.Conv2d(16, 1, kernel_size=1)
criterion = nn.BCEWithLogitsLoss()
mask_np = np.load("mask.npy")
masks = torch.from_numpy(mask_np).unsqueeze(0).long()
loss = criterion(net(torch.randn(1, 16, 64, 64)), masks)  # expect: XL304
other = torch.as_tensor(mask_np).to(torch.int64)
loss = criterion(net(torch.randn(1, 16, 64, 64)), other)  # expect: XL304
good = torch.from_numpy(mask_np).unsqueeze(0).float()
loss = criterion(net(torch.randn(1, 16, 64, 64)), good)
