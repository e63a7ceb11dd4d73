"""Bug: the model exported with torch.jit.trace is the same logits model; its outputs are thresholded at 0.5."""
import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(32, 16), nn.ReLU(), nn.Linear(16, 1))
criterion = nn.BCEWithLogitsLoss()
loss = criterion(model(torch.randn(8, 32)).squeeze(1), torch.ones(8))
model.eval()
traced = torch.jit.trace(model, torch.randn(1, 32))
traced.save("model.pt")
is_positive = traced(torch.randn(4, 32)) > 0.5  # expect: XL403
