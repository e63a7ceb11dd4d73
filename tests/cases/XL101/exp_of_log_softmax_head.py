"""Bug: a model that returns exp(log_softmax(x)), a softmax, is trained with CrossEntropyLoss."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(128, 7)

    def forward(self, x):
        return torch.exp(F.log_softmax(self.fc(x), dim=1))


model = Classifier()
criterion = nn.CrossEntropyLoss()  # expect: XL101
loss = criterion(model(torch.randn(4, 128)), torch.randint(0, 7, (4,)))
