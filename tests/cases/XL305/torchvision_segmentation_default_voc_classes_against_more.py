"""Bug: a torchvision FCN built with its default 21 VOC classes is trained on one-hot masks over 24 classes."""
import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision

NUM_CLASSES = 24
model = torchvision.models.segmentation.fcn_resnet50(weights=None)  # expect: XL305
criterion = nn.CrossEntropyLoss()
images = torch.randn(2, 3, 96, 96)
masks = torch.randint(0, NUM_CLASSES, (2, 96, 96))
out = model(images)["out"]
loss = criterion(out, F.one_hot(masks, NUM_CLASSES).permute(0, 3, 1, 2).float())
