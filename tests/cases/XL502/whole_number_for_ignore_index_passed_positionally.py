"""Bug: the segmentation void label 255 is passed positionally to CrossEntropyLoss, whose first parameter is weight, not ignore_index."""
import torch
import torch.nn as nn

VOID = 255
model = nn.Conv2d(64, 21, kernel_size=1)
criterion = nn.CrossEntropyLoss(VOID)  # expect: XL502
features = torch.randn(2, 64, 32, 32)
masks = torch.randint(0, 21, (2, 32, 32))
loss = criterion(model(features), masks)
