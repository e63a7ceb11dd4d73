"""Look-alike: both outputs of the Inception-style model, unpacked from its tuple, go to CrossEntropyLoss before the labels, must stay silent."""
import torch
import torch.nn as nn


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
inputs, labels = torch.randn(10, 64), torch.randint(0, 5, (10,))
outputs, aux_outputs = model(inputs)
loss = criterion(outputs, labels) + 0.4 * criterion(aux_outputs, labels)
