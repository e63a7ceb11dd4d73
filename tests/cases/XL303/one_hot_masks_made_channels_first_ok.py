"""Look-alike: one-hot masks made channels-first with transpose(0, 3, 1, 2) / np.transpose(..., (0, 3, 1, 2)) keep the samples first (no (classes, samples) layout) and must stay silent."""
import numpy as np
import torch
import torch.nn as nn

NUM_CLASSES = 4
model = nn.Sequential(nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.Conv2d(16, NUM_CLASSES, 1))
criterion = nn.CrossEntropyLoss()

masks = np.load("masks.npy")
onehot = np.eye(NUM_CLASSES, dtype=np.float32)[masks].transpose(0, 3, 1, 2)
onehot_again = np.transpose(np.eye(NUM_CLASSES, dtype=np.float32)[masks], (0, 3, 1, 2))
images = torch.rand(8, 3, 64, 64)
loss = criterion(model(images), torch.from_numpy(onehot))
loss_again = criterion(model(images), torch.from_numpy(onehot_again))
