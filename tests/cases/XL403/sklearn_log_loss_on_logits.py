"""Bug: scikit-learn's log_loss and brier_score_loss given the raw scores of a model trained with BCEWithLogitsLoss; the same metrics on the sigmoid of the scores, and roc_auc_score (a ranking) on the scores, must stay silent."""
import numpy as np
import torch
import torch.nn as nn
from sklearn.metrics import brier_score_loss, log_loss, roc_auc_score

clf = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 1))
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.Adam(clf.parameters(), lr=1e-3)
for features, targets in train_loader:
    optimizer.zero_grad()
    criterion(clf(features), targets).backward()
    optimizer.step()

with torch.no_grad():
    scores = clf(test_features).squeeze(1).numpy()
probabilities = 1.0 / (1.0 + np.exp(-scores))
print("log loss", log_loss(test_targets, scores))  # expect: XL403
print("brier", brier_score_loss(test_targets, scores))  # expect: XL403
print("log loss", log_loss(test_targets, probabilities))
print("brier", brier_score_loss(test_targets, probabilities))
print("auc", roc_auc_score(test_targets, scores))
