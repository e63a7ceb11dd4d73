"""Bug: a Dice + BCE segmentation loss starts with torch.sigmoid of what it is given, and the network already ends in nn.Sigmoid: the masks go through a second sigmoid (squeezed into [0.5, 0.73])."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class DiceBCELoss(nn.Module):
    def forward(self, inputs, targets, smooth=1.0):
        inputs = torch.sigmoid(inputs)  # expect: XL101
        flat_inputs, flat_targets = inputs.view(-1), targets.view(-1)
        intersection = (flat_inputs * flat_targets).sum()
        dice = 1 - (2.0 * intersection + smooth) / (flat_inputs.sum() + flat_targets.sum() + smooth)
        return F.binary_cross_entropy(flat_inputs, flat_targets) + dice


net = nn.Sequential(nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.Conv2d(16, 1, 1), nn.Sigmoid())
criterion = DiceBCELoss()
for images, masks in loader:
    loss = criterion(net(images), masks)
    loss.backward()
