"""Look-alike: the temperature made with torch.ones(1) divides the logits of a model without softmax, as CrossEntropyLoss expects, must stay silent."""
import torch
from torch import nn

model = nn.Sequential(nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10))
val_x, val_y = torch.randn(500, 784), torch.randint(0, 10, (500,))
with torch.no_grad():
    val_out = model(val_x)

temperature = torch.ones(1, requires_grad=True)
optimizer = torch.optim.LBFGS([temperature], lr=0.01, max_iter=50)
nll = nn.CrossEntropyLoss()


def closure():
    optimizer.zero_grad()
    loss = nll(val_out / temperature, val_y)
    loss.backward()
    return loss


optimizer.step(closure)
