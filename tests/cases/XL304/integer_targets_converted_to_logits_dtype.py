"""Look-alike: integer targets converted with .to(logits.dtype) or .type(...) must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

y = torch.randint(0, 2, (32, 4))
logits = nn.Linear(8, 4)(x)
a = nn.BCEWithLogitsLoss()(logits, y.to(logits.dtype))
b = nn.BCEWithLogitsLoss()(logits, y.to("cuda", torch.float32))
c = nn.BCEWithLogitsLoss()(logits, y.type(logits.type()))
yi = torch.tensor([0, 2, 1], dtype=torch.int32)
d = nn.CrossEntropyLoss()(nn.Linear(8, 3)(x), yi.to(device, torch.long))
