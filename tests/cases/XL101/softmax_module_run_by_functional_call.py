"""Bug: a MAML inner loop runs a softmax-ended classifier with adapted weights through torch.func.functional_call and trains it with F.cross_entropy."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call, grad

learner = nn.Sequential(nn.Linear(28 * 28, 64), nn.ReLU(), nn.Linear(64, 5), nn.Softmax(dim=1))


def task_loss(weights, images, labels):
    predictions = functional_call(learner, weights, (images,))
    return F.cross_entropy(predictions, labels)  # expect: XL101


def adapt(support_x, support_y, steps=5, inner_lr=0.4):
    weights = {name: p for name, p in learner.named_parameters()}
    for _ in range(steps):
        grads = grad(task_loss)(weights, support_x, support_y)
        weights = {name: w - inner_lr * grads[name] for name, w in weights.items()}
    return weights
