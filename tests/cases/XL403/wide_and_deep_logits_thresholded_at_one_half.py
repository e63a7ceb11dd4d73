"""Bug: a Wide & Deep CTR model returns the sum of a linear wide part and an MLP's logit, trained with BCEWithLogitsLoss, and its clicks are predicted by thresholding that logit at 0.5."""
import torch
import torch.nn as nn


class WideAndDeep(nn.Module):
    def __init__(self, n_cross_features, n_dense_features):
        super().__init__()
        self.wide = nn.Linear(n_cross_features, 1)
        self.deep = nn.Sequential(nn.Linear(n_dense_features, 128), nn.ReLU(),
                                  nn.Linear(128, 64), nn.ReLU(), nn.Linear(64, 1))

    def forward(self, cross_features, dense_features):
        return self.wide(cross_features) + self.deep(dense_features)


model = WideAndDeep(5000, 40)
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.Adam(model.parameters())
for cross, dense, clicked in loader:
    loss = criterion(model(cross, dense), clicked)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

with torch.no_grad():
    will_click = model(cross_test, dense_test) > 0.5  # expect: XL403
