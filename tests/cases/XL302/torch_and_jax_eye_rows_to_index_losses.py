"""Bug: one-hot rows picked from torch.eye / jnp.eye reach NLLLoss, an integer CrossEntropyLoss and optax's integer-label loss."""
import jax.numpy as jnp
import optax
import torch
import torch.nn as nn
import torch.nn.functional as F

labels = torch.randint(0, 4, (128,))
model = nn.Sequential(nn.Linear(10, 4), nn.LogSoftmax(dim=1))
nll = nn.NLLLoss()
loss = nll(model(inputs), torch.eye(4)[labels])  # expect: XL302

classifier = nn.Linear(10, 4)
loss = F.cross_entropy(classifier(inputs), torch.eye(4, dtype=torch.long)[labels])  # expect: XL302


def loss_fn(logits, y):
    targets = jnp.eye(4)[y]
    return optax.softmax_cross_entropy_with_integer_labels(logits, targets).mean()  # expect: XL302
