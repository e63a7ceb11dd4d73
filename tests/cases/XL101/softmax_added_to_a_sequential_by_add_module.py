"""Bug: a softmax put on top of a Sequential with add_module, trained with CrossEntropyLoss."""
import torch
import torch.nn as nn

model = nn.Sequential()
model.add_module("fc1", nn.Linear(784, 128))
model.add_module("relu", nn.ReLU())
model.add_module("fc2", nn.Linear(128, 10))
model.add_module("softmax", nn.Softmax(dim=1))
criterion = nn.CrossEntropyLoss()  # expect: XL101
for images, labels in train_loader:
    loss = criterion(model(images.view(-1, 784)), labels)
