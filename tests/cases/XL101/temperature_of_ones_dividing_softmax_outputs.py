"""Bug: the softmax outputs are divided by a temperature made with torch.ones(1) and fed to CrossEntropyLoss for calibration: the loss applies softmax to probabilities."""
import torch
from torch import nn

model = nn.Sequential(nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10), nn.Softmax(dim=1))
val_x, val_y = torch.randn(500, 784), torch.randint(0, 10, (500,))
with torch.no_grad():
    val_out = model(val_x)

temperature = torch.ones(1, requires_grad=True)
optimizer = torch.optim.LBFGS([temperature], lr=0.01, max_iter=50)
nll = nn.CrossEntropyLoss()  # expect: XL101


def closure():
    optimizer.zero_grad()
    loss = nll(val_out / temperature, val_y)
    loss.backward()
    return loss


optimizer.step(closure)
