"""Look-alike: three iris species into three logits through skorch, must stay silent."""
import torch
from sklearn.datasets import load_iris
from sklearn.preprocessing import StandardScaler
from skorch import NeuralNetClassifier
from torch import nn


class IrisNet(nn.Module):
    def __init__(self, hidden=16):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(4, hidden), nn.ReLU())
        self.out = nn.Linear(hidden, 3)

    def forward(self, x):
        return self.out(self.body(x))


X, y = load_iris(return_X_y=True)
X = StandardScaler().fit_transform(X).astype("float32")
net = NeuralNetClassifier(IrisNet, criterion=nn.CrossEntropyLoss, max_epochs=20, lr=0.1,
                          optimizer=torch.optim.Adam)
net.fit(X, y)
