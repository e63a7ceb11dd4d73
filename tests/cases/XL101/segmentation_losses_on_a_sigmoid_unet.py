"""Bug: a Unet that ends in a sigmoid is trained with segmentation_models_pytorch's Dice and focal losses, which take logits by default and apply the sigmoid again."""
import segmentation_models_pytorch as smp
import torch

model = smp.Unet("resnet34", encoder_weights="imagenet", classes=1, activation="sigmoid")
dice = smp.losses.DiceLoss(smp.losses.BINARY_MODE)  # expect: XL101
focal = smp.losses.FocalLoss("binary")  # expect: XL101
optimizer = torch.optim.Adam(model.parameters(), lr=1e-4)
for images, masks in loader:
    predicted = model(images)
    loss = dice(predicted, masks) + focal(predicted, masks)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
