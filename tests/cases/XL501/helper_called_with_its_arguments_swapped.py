"""Bug: a helper around the loss is called once correctly and once with the labels and the output swapped: the swap is at that call."""
import torch
import torch.nn as nn
import torch.nn.functional as F

features = torch.randn(64, 16)
targets = torch.randint(0, 3, (64,))
model = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 3))


def compute_loss(logits, labels):
    return F.cross_entropy(logits, labels)


train_loss = compute_loss(model(features), targets)
val_out = model(features)
val_loss = compute_loss(targets, val_out)  # expect: XL501
