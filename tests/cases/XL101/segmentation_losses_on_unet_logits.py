"""Look-alike: segmentation_models_pytorch losses on a Unet's logits, and DiceLoss told from_logits=False on a sigmoid Unet, must stay silent."""
import segmentation_models_pytorch as smp
import torch

logits_model = smp.Unet("resnet34", classes=1)
dice = smp.losses.DiceLoss("binary")
bce = smp.losses.SoftBCEWithLogitsLoss(smooth_factor=0.1)
sigmoid_model = smp.Unet("resnet34", classes=1, activation="sigmoid")
probability_dice = smp.losses.DiceLoss("binary", from_logits=False)
for images, masks in loader:
    logits = logits_model(images)
    loss = dice(logits, masks) + bce(logits, masks)
    loss = loss + probability_dice(sigmoid_model(images), masks)
    loss.backward()
