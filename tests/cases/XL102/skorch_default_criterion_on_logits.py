"""Bug: skorch's NeuralNetClassifier default (NLLLoss of the log of the output) on a logits module."""
# Bug: skorch's NeuralNetClassifier uses NLLLoss on the log of the module's output by default, so
# the module must return probabilities; this one returns raw logits.
import numpy as np
from torch import nn
from skorch import NeuralNetClassifier


class MLP(nn.Module):
    def __init__(self, n_in, n_hidden=64, n_out=4):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(n_in, n_hidden), nn.ReLU(), nn.Linear(n_hidden, n_out))

    def forward(self, X):
        return self.net(X)


clf = NeuralNetClassifier(MLP, module__n_in=12, max_epochs=30, lr=0.05)  # expect: XL102
X = np.random.rand(200, 12).astype("float32")
y = np.random.randint(0, 4, 200)
clf.fit(X, y)
