"""Look-alike: the grid search sets the skorch net's criterion itself (a loss for probabilities among the choices), so its default loss is not what every trial trains with; a plain module with BCEWithLogitsLoss is cross-validated, must stay silent."""
import numpy as np
import torch
import torch.nn as nn
from sklearn.model_selection import GridSearchCV, cross_val_score
from skorch import NeuralNetBinaryClassifier

X = np.random.rand(400, 8).astype(np.float32)
y = (np.random.rand(400) > 0.5).astype(np.float32)


class ProbNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return torch.sigmoid(self.fc(x)).squeeze(-1)


class LogitNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return self.fc(x).squeeze(-1)


search = GridSearchCV(NeuralNetBinaryClassifier(ProbNet, max_epochs=10),
                      {"criterion": [nn.BCELoss], "lr": [0.01, 0.1]}, cv=3)
search.fit(X, y)
cross_val_score(NeuralNetBinaryClassifier(LogitNet, max_epochs=10), X, y, cv=5)
