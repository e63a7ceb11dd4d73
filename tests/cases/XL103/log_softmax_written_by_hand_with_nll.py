"""Bug: F.nll_loss gets the raw scores of nn.Linear; the scores minus the log of their exponentials' sum (a log-softmax written by hand) must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F

model = nn.Linear(20, 5)
features = torch.load("features.pt")
targets = torch.load("targets.pt")

scores = model(features)
log_probs = scores - torch.log(torch.exp(scores).sum(dim=1, keepdim=True))
loss = F.nll_loss(log_probs, targets)
raw = F.nll_loss(scores, targets)  # expect: XL103
