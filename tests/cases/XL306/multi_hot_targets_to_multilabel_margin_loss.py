"""Bug: 0/1 multi-hot rows from MultiLabelBinarizer reach MultiLabelMarginLoss, which reads class indices padded with -1."""
import torch
import torch.nn as nn
from sklearn.preprocessing import MultiLabelBinarizer

tags = [["cat", "dog"], ["bird"], ["dog"], ["cat", "bird", "dog"]]
binarizer = MultiLabelBinarizer()
targets = torch.as_tensor(binarizer.fit_transform(tags), dtype=torch.long)
model = nn.Linear(50, len(binarizer.classes_))
criterion = nn.MultiLabelMarginLoss()
loss = criterion(model(torch.randn(4, 50)), targets)  # expect: XL306
