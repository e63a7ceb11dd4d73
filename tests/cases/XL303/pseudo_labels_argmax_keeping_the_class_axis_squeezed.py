"""Look-alike: the argmax keeps the class axis and is squeezed back to (N,) before the loss; a random matrix's row argmax gives indices below its width, must stay silent."""
import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

teacher = nn.Sequential(nn.Linear(128, 64), nn.ReLU(), nn.Linear(64, 12))
student = nn.Linear(128, 12)
batch = torch.randn(32, 128)
with torch.no_grad():
    pseudo = teacher(batch).argmax(dim=1, keepdim=True).squeeze(1)
loss = F.cross_entropy(student(batch), pseudo)
noise = torch.from_numpy(np.random.rand(32, 12).argmax(axis=1))
loss = loss + F.cross_entropy(student(batch), noise)
