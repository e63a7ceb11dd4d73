import torch
import torch.nn as nn

from nets import cnn, mlp

model = mlp(num_classes=10)
criterion = nn.CrossEntropyLoss()  # expect: XL101
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

for images, targets in train_loader:
    optimizer.zero_grad()
    loss = criterion(model(images), targets)
    loss.backward()
    optimizer.step()

baseline = cnn()
baseline_loss = nn.CrossEntropyLoss()(baseline(images), targets)
