"""Bug: the validation log loss is printed from inside an f-string, computed on the raw scores of a model trained with BCEWithLogitsLoss."""
import torch
import torch.nn as nn
from sklearn.metrics import log_loss

net = nn.Sequential(nn.Linear(12, 32), nn.ReLU(), nn.Linear(32, 1))
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.Adam(net.parameters())
x, y = torch.randn(256, 12), torch.randint(0, 2, (256,)).float()
for epoch in range(5):
    optimizer.zero_grad()
    loss = criterion(net(x).squeeze(1), y)
    loss.backward()
    optimizer.step()
    with torch.no_grad():
        scores = net(x).squeeze(1).numpy()
    print(f"epoch {epoch}: loss {loss.item():.4f}, " f"val log loss {log_loss(y, scores):.4f}")  # expect: XL403
