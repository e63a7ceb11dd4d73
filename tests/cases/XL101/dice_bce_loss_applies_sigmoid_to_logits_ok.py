"""Look-alike: a Dice + BCE segmentation loss takes the sigmoid of the network's logits for the Dice term and gives the logits themselves to binary_cross_entropy_with_logits, must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class DiceBCELoss(nn.Module):
    def forward(self, logits, targets, smooth=1.0):
        probs = torch.sigmoid(logits).view(-1)
        flat_targets = targets.view(-1)
        intersection = (probs * flat_targets).sum()
        dice = 1 - (2.0 * intersection + smooth) / (probs.sum() + flat_targets.sum() + smooth)
        return F.binary_cross_entropy_with_logits(logits.view(-1), flat_targets) + dice


net = nn.Sequential(nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.Conv2d(16, 1, 1))
criterion = DiceBCELoss()
for images, masks in loader:
    loss = criterion(net(images), masks)
    loss.backward()
