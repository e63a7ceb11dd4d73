"""Bug: labels read from an .npz file and cast with astype(np.int32) reach F.cross_entropy, which needs int64; the int64 cast and a float cast of the features must stay silent."""
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

archive = np.load("speech_commands_mfcc.npz")
features = torch.from_numpy(archive["x"].astype(np.float32))
words = torch.from_numpy(archive["y"].astype(np.int32))
model = nn.Sequential(nn.Flatten(), nn.Linear(40 * 101, 128), nn.ReLU(), nn.Linear(128, 12))
loss = F.cross_entropy(model(features), words)  # expect: XL304

words64 = torch.from_numpy(archive["y"].astype(np.int64))
loss64 = F.cross_entropy(model(features), words64)
