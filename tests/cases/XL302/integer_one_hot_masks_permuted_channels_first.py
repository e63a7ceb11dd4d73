"""Bug: integer one-hot masks from F.one_hot(mask, C).permute(0, 3, 1, 2) reach CrossEntropyLoss, which reads integer targets as class indices; the masks themselves must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F

model = nn.Sequential(nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.Conv2d(16, 5, 1))
criterion = nn.CrossEntropyLoss()

masks = torch.randint(0, 5, (8, 64, 64))
onehot = F.one_hot(masks, num_classes=5).permute(0, 3, 1, 2)
images = torch.rand(8, 3, 64, 64)
loss = criterion(model(images), onehot)  # expect: XL302
index_loss = criterion(model(images), masks)
