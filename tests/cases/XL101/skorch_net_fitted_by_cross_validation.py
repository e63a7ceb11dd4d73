"""Bug: a skorch NeuralNetBinaryClassifier (default BCEWithLogitsLoss) wraps a module ending in a sigmoid, and is trained only by scikit-learn's cross_val_score."""
import numpy as np
import torch
import torch.nn as nn
from sklearn.model_selection import cross_val_score
from skorch import NeuralNetBinaryClassifier

X = np.random.rand(400, 8).astype(np.float32)
y = (np.random.rand(400) > 0.5).astype(np.float32)


class Net(nn.Module):
    def __init__(self, hidden=16):
        super().__init__()
        self.fc1, self.fc2 = nn.Linear(8, hidden), nn.Linear(hidden, 1)

    def forward(self, x):
        return torch.sigmoid(self.fc2(torch.relu(self.fc1(x)))).squeeze(-1)


net = NeuralNetBinaryClassifier(Net, max_epochs=10, lr=0.05)  # expect: XL101
scores = cross_val_score(net, X, y, cv=5, scoring="roc_auc")
