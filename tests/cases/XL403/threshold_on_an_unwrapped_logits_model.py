"""Bug: a one-logit model trained with BCEWithLogitsLoss under accelerate, then unwrapped (accelerator.unwrap_model) and thresholded at 0.5 for its predictions: the logits' boundary is 0."""
import torch
import torch.nn as nn
from accelerate import Accelerator

accelerator = Accelerator()
model = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 1))
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
criterion = nn.BCEWithLogitsLoss()
model, optimizer, train_loader = accelerator.prepare(model, optimizer, train_loader)
for features, targets in train_loader:
    loss = criterion(model(features).squeeze(1), targets.float())
    accelerator.backward(loss)
    optimizer.step()
    optimizer.zero_grad()

unwrapped = accelerator.unwrap_model(model)
with torch.no_grad():
    predictions = (unwrapped(test_features) > 0.5).long()  # expect: XL403
