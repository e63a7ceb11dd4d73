"""Bug: an evaluation loop gathers the raw logits of each batch (all_logits.append(...), preds.extend(...)) and thresholds the joined array at 0.5; the same loop gathering sigmoid probabilities must stay silent."""
import numpy as np
import torch
import torch.nn as nn
from torch.utils.data import DataLoader

model = nn.Sequential(nn.Linear(16, 8), nn.ReLU(), nn.Linear(8, 1))
criterion = nn.BCEWithLogitsLoss()
loader = DataLoader(torch.load("valid.pt"), batch_size=64)


@torch.no_grad()
def evaluate():
    all_logits, all_probs, flat = [], [], []
    for x, y in loader:
        logits = model(x)
        loss = criterion(logits, y)
        all_logits.append(logits.detach().cpu())
        all_probs.append(torch.sigmoid(logits).cpu())
        flat.extend(logits.cpu().numpy())
    wrong = (torch.cat(all_logits) > 0.5).long()  # expect: XL403
    also_wrong = np.array(flat) > 0.5  # expect: XL403
    right = (torch.cat(all_probs) > 0.5).long()
    return wrong, also_wrong, right
