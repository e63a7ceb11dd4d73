"""Bug: the auxiliary output of an Inception-style model, unpacked from the tuple forward returns, is passed to CrossEntropyLoss in the labels' place."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Linear(64, 128), nn.ReLU())
        self.fc = nn.Linear(128, 5)
        self.aux = nn.Linear(128, 5)

    def forward(self, x):
        h = self.features(x)
        return self.fc(h), self.aux(h)


model = Net()
criterion = nn.CrossEntropyLoss()
loader = DataLoader(TensorDataset(torch.randn(100, 64), torch.randint(0, 5, (100,))), batch_size=10)
for inputs, labels in loader:
    outputs, aux_outputs = model(inputs)
    loss = criterion(outputs, labels) + 0.4 * criterion(labels, aux_outputs)  # expect: XL501
