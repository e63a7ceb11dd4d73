"""Bug: multi-hot targets are passed to CrossEntropyLoss."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

from sklearn.preprocessing import MultiLabelBinarizer
targets = torch.tensor(MultiLabelBinarizer().fit_transform(tags), dtype=torch.float32)
model = nn.Sequential(nn.Linear(20, 8))
loss = nn.CrossEntropyLoss()(model(x), targets)  # expect: XL306
