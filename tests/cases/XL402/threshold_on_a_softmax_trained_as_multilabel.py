"""Bug: a softmax head trained with BCELoss on targets of unknown kind is thresholded: the model is trained for independent labels, so the softmax is the mistake (XL201), not the threshold (no XL402, whose advice, argmax, would be wrong)."""
import numpy as np
import torch
import torch.nn as nn

Y = torch.tensor(np.load("tags.npy"), dtype=torch.float32)
model = nn.Sequential(nn.Linear(512, 17), nn.Softmax(dim=1))  # expect: XL201
criterion = nn.BCELoss()
out = model(torch.randn(len(Y), 512))
loss = criterion(out, Y)
pred = (out > 0.5).float()
