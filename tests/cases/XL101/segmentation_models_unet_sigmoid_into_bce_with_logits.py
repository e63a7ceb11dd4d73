"""Bug: a segmentation_models_pytorch U-Net built with a sigmoid activation, trained with BCEWithLogitsLoss."""
import segmentation_models_pytorch as smp
import torch
import torch.nn as nn

model = smp.Unet(encoder_name="resnet34", encoder_weights="imagenet", in_channels=3,
                 classes=1, activation="sigmoid")
criterion = nn.BCEWithLogitsLoss()  # expect: XL101
optimizer = torch.optim.Adam(model.parameters(), lr=3e-4)
for images, masks in train_loader:
    optimizer.zero_grad()
    loss = criterion(model(images), masks)
    loss.backward()
    optimizer.step()
