"""Look-alike: one-hot sequence targets moved to (N, C, L) must stay silent."""
import torch.nn as nn
import torch.nn.functional as F
y = torch.randint(0, 5, (8, 20))
target = F.one_hot(y, 5).float().permute(0, 2, 1)
loss = nn.CrossEntropyLoss()(logits_ncl, target)
