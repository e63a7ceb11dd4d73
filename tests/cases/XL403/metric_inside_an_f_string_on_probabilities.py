"""Look-alike: the log loss inside the f-string is computed on the sigmoid of the scores, must stay silent."""
import torch
import torch.nn as nn
from sklearn.metrics import log_loss

net = nn.Sequential(nn.Linear(12, 32), nn.ReLU(), nn.Linear(32, 1))
criterion = nn.BCEWithLogitsLoss()
x, y = torch.randn(256, 12), torch.randint(0, 2, (256,)).float()
loss = criterion(net(x).squeeze(1), y)
with torch.no_grad():
    probs = torch.sigmoid(net(x).squeeze(1)).numpy()
print(f"loss {loss.item():.4f} log loss {log_loss(y, probs):.4f} " f"positives {(probs > 0.5).sum()}")
