"""Look-alike: a segmentation_models_pytorch U-Net of raw scores trained with BCEWithLogitsLoss must stay silent."""
import segmentation_models_pytorch as smp
import torch
import torch.nn as nn

model = smp.Unet(encoder_name="resnet34", encoder_weights="imagenet", in_channels=3, classes=1)
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=3e-4)
for images, masks in train_loader:
    optimizer.zero_grad()
    loss = criterion(model(images), masks)
    loss.backward()
    optimizer.step()
    probs = torch.sigmoid(model(images))
