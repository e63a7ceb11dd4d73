"""Look-alike: a softmax head trained with BCELoss on targets of unknown kind is thresholded; the model is trained for independent labels (the softmax is the mistake, XL201's when the targets are known), so argmax is not the advice, and it must stay silent."""
import numpy as np
import torch
import torch.nn as nn

Y = torch.tensor(np.load("tags.npy"), dtype=torch.float32)
model = nn.Sequential(nn.Linear(512, 17), nn.Softmax(dim=1))
criterion = nn.BCELoss()
out = model(torch.randn(len(Y), 512))
loss = criterion(out, Y)
pred = (out > 0.5).float()
