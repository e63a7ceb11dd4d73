"""Bug: raw per-pixel scores of a segmentation head reach nn.NLLLoss2d, the deprecated 2-D spelling of NLLLoss; log-softmax scores must stay silent."""
import torch.nn as nn
import torch.nn.functional as F

model = nn.Sequential(nn.Conv2d(3, 32, 3, padding=1), nn.ReLU(), nn.Conv2d(32, 21, 1))
criterion = nn.NLLLoss2d()
for images, masks in loader:
    scores = model(images)
    loss = criterion(scores, masks)  # expect: XL103
    fine = criterion(F.log_softmax(scores, dim=1), masks)
