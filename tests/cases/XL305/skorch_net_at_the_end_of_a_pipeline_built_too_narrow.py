"""Bug: the pipeline fits its last step, a skorch net built with two outputs, on three wine cultivars."""
import numpy as np
from sklearn.datasets import load_wine
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from skorch import NeuralNetClassifier
from torch import nn


class WineNet(nn.Module):
    def __init__(self, n_in=13, n_out=3):
        super().__init__()
        self.layers = nn.Sequential(nn.Linear(n_in, 32), nn.ReLU(), nn.Linear(32, n_out))  # expect: XL305

    def forward(self, x):
        return self.layers(x)


X, y = load_wine(return_X_y=True)
net = NeuralNetClassifier(WineNet, module__n_out=2, criterion=nn.CrossEntropyLoss, max_epochs=30)
pipeline = make_pipeline(StandardScaler(), net)
pipeline.fit(X.astype(np.float32), y)
