"""Bug: make_classification draws four classes; the classifier has three logits."""
import torch
from torch import nn
from sklearn.datasets import make_classification

X, y = make_classification(n_samples=500, n_features=10, n_informative=5, n_classes=4)
X, y = torch.from_numpy(X).float(), torch.from_numpy(y)
model = nn.Linear(10, 3)  # expect: XL305
loss_fn = nn.CrossEntropyLoss()
loss = loss_fn(model(X), y)
