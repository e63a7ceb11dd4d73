"""Bug: `x.mm(w2)` is raw scores (a matrix product, as `x @ w2`); nll_loss wants log-probabilities."""
import torch
import torch.nn.functional as F


def two_layer_fc(x, params):
    w1, w2 = params
    x = x.flatten(start_dim=1)
    hidden = F.relu(x.mm(w1))
    return hidden.mm(w2)


def train(loader, params, learning_rate=1e-2):
    for x, y in loader:
        scores = two_layer_fc(x, params)
        loss = F.nll_loss(scores, y)  # expect: XL103
        loss.backward()
        with torch.no_grad():
            for w in params:
                w -= learning_rate * w.grad
                w.grad.zero_()
