"""Look-alike: a logits head with CrossEntropyLoss and a softmax only under no_grad must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(128, 10)
    def forward(self, x):
        return self.fc(x)
model = Net()
criterion = nn.CrossEntropyLoss()
for x, y in DataLoader(TensorDataset(xs, ys), batch_size=32):
    loss = criterion(model(x), y)
model.eval()
with torch.no_grad():
    probs = F.softmax(model(x_test), dim=1)
    _, predicted = torch.max(model(x_test), 1)
    top = probs.argmax(dim=1)
