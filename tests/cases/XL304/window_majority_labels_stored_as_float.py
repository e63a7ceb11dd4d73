"""Bug: each window's majority class (np.bincount(...).argmax()) becomes a float32 tensor for CrossEntropyLoss."""
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
y = torch.tensor(np.array(labels), dtype=torch.float32)
model = nn.Sequential(nn.Flatten(), nn.Linear(128 * 3, 64), nn.ReLU(), nn.Linear(64, 6))
loss = nn.CrossEntropyLoss()(model(X), y)  # expect: XL304
