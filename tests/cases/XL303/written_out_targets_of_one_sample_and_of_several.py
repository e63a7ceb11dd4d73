"""Bug: three 0/1 targets written out (shape (3,)) against a one-logit model's (3, 1) output in BCEWithLogitsLoss (a shape error); one sample's target written out, (1,) against (1, 1), must stay silent."""
import torch
import torch.nn as nn

model = nn.Linear(5, 1)
criterion = nn.BCEWithLogitsLoss()
batch = torch.randn(3, 5)
loss = criterion(model(batch), torch.tensor([0.0, 1.0, 1.0]))  # expect: XL303
sample = torch.ones(5).unsqueeze(0)
loss = criterion(model(sample), torch.Tensor([1.0]))
