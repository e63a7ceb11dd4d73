"""Bug: a functional forward for MAML written with F.linear (x @ w.T + b), its raw scores given to F.nll_loss in the inner loop."""
import torch
import torch.nn.functional as F


def forward(x, params):
    w1, b1, w2, b2 = params
    h = F.relu(F.linear(x, w1, b1))
    return F.linear(h, w2, b2)


def inner_loop(params, support_x, support_y, lr=0.4, steps=5):
    for _ in range(steps):
        loss = F.nll_loss(forward(support_x, params), support_y)  # expect: XL103
        grads = torch.autograd.grad(loss, params, create_graph=True)
        params = [p - lr * g for p, g in zip(params, grads)]
    return params
