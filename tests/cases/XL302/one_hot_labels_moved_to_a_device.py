"""Bug: int64 one-hot labels moved to a device chosen at run time (a parameter, or "cuda" if ... else "cpu") are still int64 one-hot and reach CrossEntropyLoss; the labels made float first must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F

device = "cuda" if torch.cuda.is_available() else "cpu"
model = nn.Linear(10, 5).to(device)
criterion = nn.CrossEntropyLoss()
y = F.one_hot(torch.randint(0, 5, (100,)), num_classes=5).to(device)
loss = criterion(model(torch.randn(100, 10)), y)  # expect: XL302


def train(batch_x, batch_y, device):
    targets = F.one_hot(batch_y, num_classes=5).to(device)
    soft = F.one_hot(batch_y, num_classes=5).float().to(device)
    fine = criterion(model(batch_x), soft)
    return criterion(model(batch_x), targets)  # expect: XL302
