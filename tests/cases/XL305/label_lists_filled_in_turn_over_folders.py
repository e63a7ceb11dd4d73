"""Bug: labels appended folder by folder in a loop over four class folders (0..3, each folder's files in an inner loop) meet a three-unit head."""
import glob

import numpy as np
import torch
import torch.nn as nn

features, targets = [], []
for class_id, folder in enumerate(["glioma", "meningioma", "pituitary", "healthy"]):
    for path in glob.glob(f"scans/{folder}/*.npy"):
        features.append(np.load(path))
        targets.append(class_id)

X = torch.tensor(np.stack(features), dtype=torch.float32)
y = torch.tensor(targets)
model = nn.Sequential(nn.Flatten(), nn.Linear(4096, 256), nn.ReLU(), nn.Linear(256, 3))  # expect: XL305
loss = nn.CrossEntropyLoss()(model(X), y)
