import torch
import torch.nn as nn

from models.convnet import ConvNet

model = ConvNet()
criterion = nn.CrossEntropyLoss()  # expect: XL101
images, targets = torch.randn(8, 128), torch.randint(0, 10, (8,))
loss = criterion(model(images), targets)
