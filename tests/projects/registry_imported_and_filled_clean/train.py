import torch
import torch.nn as nn

from zoo.nets import ARCHITECTURES

model = ARCHITECTURES["tiny"](n_classes=10)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
for images, digits in loader:
    loss = criterion(model(images), digits)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
