"""Bug: an OmegaConf config made from a nested dict gives the head a softmax, and the loss it names takes logits."""
import torch
import torch.nn as nn
from omegaconf import OmegaConf

cfg = OmegaConf.create({
    "model": {"hidden": 128, "num_classes": 5, "head": "softmax"},
    "optim": {"lr": 3e-4},
})
heads = {"softmax": nn.Softmax(dim=1), "none": nn.Identity()}
model = nn.Sequential(nn.Linear(40, cfg.model.hidden), nn.ReLU(),
                      nn.Linear(cfg.model.hidden, cfg.model["num_classes"]),
                      heads[cfg.model.head])
criterion = nn.CrossEntropyLoss()  # expect: XL101
optimizer = torch.optim.Adam(model.parameters(), lr=cfg.optim.lr)
loss = criterion(model(torch.randn(16, 40)), torch.randint(0, 5, (16,)))
