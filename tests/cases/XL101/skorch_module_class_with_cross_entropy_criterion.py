"""Bug: skorch builds a softmax module class (module__ keywords) for criterion=nn.CrossEntropyLoss."""
# Bug: skorch builds the module class with its module__ keywords; with
# criterion=nn.CrossEntropyLoss the module must return logits, and this one ends in softmax.
import numpy as np
import torch
from torch import nn
from skorch import NeuralNetClassifier
from sklearn.model_selection import GridSearchCV


class ClassifierModule(nn.Module):
    def __init__(self, num_units=10, nonlin=nn.ReLU(), dropout=0.5):
        super().__init__()
        self.dense0 = nn.Linear(20, num_units)
        self.nonlin = nonlin
        self.dropout = nn.Dropout(dropout)
        self.output = nn.Linear(num_units, 2)

    def forward(self, X, **kwargs):
        X = self.nonlin(self.dense0(X))
        X = self.dropout(X)
        return torch.softmax(self.output(X), dim=-1)


net = NeuralNetClassifier(
    ClassifierModule,
    module__num_units=64,
    criterion=nn.CrossEntropyLoss,  # expect: XL101
    max_epochs=20,
    lr=0.1,
)
X = np.random.randn(1000, 20).astype(np.float32)
y = np.random.randint(0, 2, size=1000).astype(np.int64)
net.fit(X, y)
