"""Bug: softmaxes written by hand (exp over the sum of exp) normalise over dim/axis 0 of a batch of (N, C) scores; the same over the class axis, and course code with the examples as columns, must stay silent."""
import numpy as np
import torch
import torch.nn as nn

features = torch.randn(64, 8)
layer = nn.Linear(8, 3)
z = layer(features)
wrong = torch.exp(z) / torch.exp(z).sum(dim=0, keepdim=True)  # expect: XL105
right = torch.exp(z) / torch.exp(z).sum(dim=1, keepdim=True)

scores = layer(features).detach().numpy()
np_wrong = np.exp(scores) / np.sum(np.exp(scores), axis=0)  # expect: XL105
np_right = np.exp(scores) / np.sum(np.exp(scores), axis=1, keepdims=True)


def column_softmax(W, b, X):
    Z = np.dot(W, X) + b
    return np.exp(Z) / np.sum(np.exp(Z), axis=0, keepdims=True)
