"""Look-alike: the OmegaConf config names no activation for the head (raw logits) and the loss takes logits, must stay silent."""
import torch
import torch.nn as nn
from omegaconf import OmegaConf

cfg = OmegaConf.create({
    "model": {"hidden": 128, "num_classes": 5, "head": "none"},
    "optim": {"lr": 3e-4},
})
heads = {"softmax": nn.Softmax(dim=1), "none": nn.Identity()}
model = nn.Sequential(nn.Linear(40, cfg.model.hidden), nn.ReLU(),
                      nn.Linear(cfg.model.hidden, cfg.model["num_classes"]),
                      heads[cfg.model.head])
criterion = nn.CrossEntropyLoss()
loss = criterion(model(torch.randn(16, 40)), torch.randint(0, 5, (16,)))
