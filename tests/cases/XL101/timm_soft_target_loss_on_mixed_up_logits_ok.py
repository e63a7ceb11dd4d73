"""Look-alike: Mixup's soft targets into timm's SoftTargetCrossEntropy on logits, must stay silent."""
import timm
import torch
from timm.data import Mixup
from timm.loss import SoftTargetCrossEntropy

model = timm.create_model("resnet18", pretrained=True, num_classes=10)
mixup = Mixup(mixup_alpha=0.8, cutmix_alpha=1.0, label_smoothing=0.1, num_classes=10)
criterion = SoftTargetCrossEntropy()
optimizer = torch.optim.AdamW(model.parameters(), lr=3e-4)


def train_one_epoch(loader):
    model.train()
    for images, targets in loader:
        images, targets = mixup(images, targets)
        loss = criterion(model(images), targets)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
