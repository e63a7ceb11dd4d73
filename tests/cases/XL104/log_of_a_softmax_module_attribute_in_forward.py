"""Bug: forward takes the log of its own nn.Softmax attribute for an NLLLoss, as in a char-RNN tutorial with LogSoftmax swapped."""
import torch
import torch.nn as nn


class NameClassifier(nn.Module):
    def __init__(self, n_letters, n_hidden, n_categories):
        super().__init__()
        self.i2h = nn.Linear(n_letters + n_hidden, n_hidden)
        self.h2o = nn.Linear(n_hidden, n_categories)
        self.softmax = nn.Softmax(dim=1)

    def forward(self, line):
        hidden = torch.tanh(self.i2h(line))
        return torch.log(self.softmax(self.h2o(hidden)))  # expect: XL104


model = NameClassifier(57, 128, 18)
criterion = nn.NLLLoss()
for line_tensor, category in examples:
    loss = criterion(model(line_tensor), category)
