"""Look-alike: NLL through functools.partial on log_softmax, and exp() only for reporting, must stay silent."""
from functools import partial

import torch
import torch.nn as nn
import torch.nn.functional as F

nll = partial(F.nll_loss, reduction="mean")
model = nn.Sequential(nn.Linear(32, 5), nn.LogSoftmax(dim=1))
x, y = torch.randn(16, 32), torch.randint(0, 5, (16,))
log_probs = model(x)
loss = nll(log_probs, y)
confidence = log_probs.exp().max(dim=1).values
