"""Look-alike: a focal loss module takes log_softmax of what it is given, and the model it trains ends in logits, must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class FocalLoss(nn.Module):
    def __init__(self, gamma=2.0):
        super().__init__()
        self.gamma = gamma

    def forward(self, logits, target):
        log_probs = F.log_softmax(logits, dim=1)
        log_pt = log_probs.gather(1, target.unsqueeze(1)).squeeze(1)
        pt = log_pt.exp()
        return (-(1 - pt) ** self.gamma * log_pt).mean()


classifier = nn.Sequential(nn.Linear(256, 128), nn.ReLU(), nn.Linear(128, 7))
criterion = FocalLoss(gamma=2.0)
optimizer = torch.optim.AdamW(classifier.parameters(), lr=1e-3)
for features, labels in loader:
    loss = criterion(classifier(features), labels)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
