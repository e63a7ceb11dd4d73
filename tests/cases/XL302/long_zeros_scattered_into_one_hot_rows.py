"""Bug: one-hot rows scattered into torch.zeros(..., dtype=torch.long) reach CrossEntropyLoss, which reads integer targets as class indices; the same rows made in float32 must stay silent."""
import torch
import torch.nn as nn

num_classes = 4
class_ids = torch.randint(0, num_classes, (1000,), dtype=torch.long)
onehot_long = torch.zeros(1000, num_classes, dtype=torch.long).scatter_(1, class_ids.unsqueeze(1), 1)
onehot_float = torch.zeros(1000, num_classes).scatter_(1, class_ids.unsqueeze(1), 1.0)

model = nn.Sequential(nn.Linear(20, 32), nn.ReLU(), nn.Linear(32, num_classes))
criterion = nn.CrossEntropyLoss()
features = torch.randn(1000, 20)
loss = criterion(model(features), onehot_long)  # expect: XL302
soft_loss = criterion(model(features), onehot_float)
