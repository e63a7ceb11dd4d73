"""Look-alike: the same functional forward with F.linear ending in F.log_softmax before F.nll_loss, and raw F.linear scores given to F.cross_entropy: both right, must stay silent."""
import torch.nn.functional as F


def forward(x, params):
    w1, b1, w2, b2 = params
    h = F.relu(F.linear(x, w1, b1))
    return F.linear(h, w2, b2)


def losses(params, x, y):
    nll = F.nll_loss(F.log_softmax(forward(x, params), dim=1), y)
    ce = F.cross_entropy(forward(x, params), y)
    return nll + ce
