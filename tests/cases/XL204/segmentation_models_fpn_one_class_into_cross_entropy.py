"""Bug: a segmentation_models_pytorch FPN of one channel (the default) trained with CrossEntropyLoss."""
import segmentation_models_pytorch as smp
import torch.nn as nn

model = smp.FPN("efficientnet-b0", encoder_weights="imagenet")
criterion = nn.CrossEntropyLoss()  # expect: XL204
for images, masks in loader:
    loss = criterion(model(images), masks.long())
