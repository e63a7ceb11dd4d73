"""Bug: the last layer of a pretrained model replaced inside the part that holds it (model.heads.head of a torchvision ViT, model.head.fc of a timm ConvNeXt) by a softmax head, trained with CrossEntropyLoss; a logits head replaced the same way must stay silent."""
import timm
import torch.nn as nn
from torchvision.models import vit_b_16

vit = vit_b_16(weights="DEFAULT")
vit.heads.head = nn.Sequential(nn.Linear(768, 101), nn.Softmax(dim=-1))
convnext = timm.create_model("convnext_tiny", pretrained=True)
convnext.head.fc = nn.Sequential(nn.Dropout(0.2), nn.Linear(768, 10), nn.Softmax(dim=1))
twin = vit_b_16(weights="DEFAULT")
twin.heads.head = nn.Linear(768, 101)

criterion = nn.CrossEntropyLoss()
for images, labels in food_loader:
    loss = criterion(vit(images), labels)  # expect: XL101
    loss = criterion(twin(images), labels)
for images, labels in cifar_loader:
    loss = criterion(convnext(images), labels)  # expect: XL101
