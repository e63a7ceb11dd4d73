"""Look-alike: a pretrained torchvision DeepLabV3 predicts the 21 VOC classes (not ImageNet's 1000), as many as the one-hot masks, must stay silent."""
import torch
import torch.nn.functional as F
from torchvision.models.segmentation import DeepLabV3_ResNet50_Weights, deeplabv3_resnet50

model = deeplabv3_resnet50(weights=DeepLabV3_ResNet50_Weights.DEFAULT)
model.train()
images = torch.randn(4, 3, 128, 128)
masks = torch.randint(0, 21, (4, 128, 128))
targets = F.one_hot(masks, 21).permute(0, 3, 1, 2).float()
loss = F.cross_entropy(model(images)["out"], targets)
loss.backward()
