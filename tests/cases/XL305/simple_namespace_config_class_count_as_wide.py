"""Look-alike: the head takes its width from a SimpleNamespace config as wide as the diagnoses listed, must stay silent."""
from types import SimpleNamespace

import torch
import torch.nn as nn
import torch.nn.functional as F

CFG = SimpleNamespace(
    num_classes=9,
    diagnoses=["MEL", "NV", "BCC", "AK", "BKL", "DF", "VASC", "SCC", "UNK"],
    lr=3e-4,
)
labels = torch.randint(0, len(CFG.diagnoses), (256,))
targets = F.one_hot(labels, len(CFG.diagnoses)).float()
model = nn.Sequential(nn.Linear(512, 128), nn.ReLU(), nn.Linear(128, CFG.num_classes))
optimizer = torch.optim.AdamW(model.parameters(), lr=CFG.lr)
loss = F.cross_entropy(model(torch.randn(256, 512)), targets)
loss.backward()
