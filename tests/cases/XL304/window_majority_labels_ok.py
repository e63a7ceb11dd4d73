"""Look-alike: windows' majority classes kept as int64 for CrossEntropyLoss, and argmax over a prediction's classes, must stay silent."""
import numpy as np
import torch
import torch.nn as nn

signals = np.load("accelerometer.npy")
activity = np.load("activity.npy").astype(np.int64)
windows, labels = [], []
for start in range(0, len(signals) - 128, 64):
    windows.append(signals[start:start + 128])
    labels.append(np.bincount(activity[start:start + 128]).argmax())

X = torch.tensor(np.stack(windows), dtype=torch.float32)
y = torch.tensor(np.array(labels), dtype=torch.long)
model = nn.Sequential(nn.Flatten(), nn.Linear(128 * 3, 64), nn.ReLU(), nn.Linear(64, 6))
logits = model(X)
loss = nn.CrossEntropyLoss()(logits, y)
predicted = [int(row.argmax()) for row in logits]
