"""Look-alike: integer 0/1 targets to MultiLabelSoftMarginLoss, which takes them as they are, must stay silent."""
import torch
import torch.nn as nn
from sklearn.preprocessing import MultiLabelBinarizer

binarizer = MultiLabelBinarizer()
targets = torch.as_tensor(binarizer.fit_transform([["a", "b"], ["c"], ["a"]]))
model = nn.Linear(16, 3)
criterion = nn.MultiLabelSoftMarginLoss()
loss = criterion(model(torch.randn(3, 16)), targets)
