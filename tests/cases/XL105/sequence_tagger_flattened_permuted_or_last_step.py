"""Look-alike: a sequence tagger whose outputs are flattened, have the class axis moved, keep the last step only, or lose the sequence axis by an in-place squeeze_, must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(64, 128, batch_first=True)
        self.fc = nn.Linear(128, 9)
    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out)
class LastStep(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.GRU(64, 128, batch_first=True)
        self.fc = nn.Linear(128, 5)
    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1, :])
model = Tagger()
criterion = nn.CrossEntropyLoss()
flat = criterion(model(x).view(-1, 9), y.view(-1))
moved = criterion(model(x).permute(0, 2, 1), y)
last = criterion(LastStep()(x), y)


class CharRNN(nn.Module):
    """Sequence-first, one character at a time: the length-1 axis squeezed in place."""

    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(100, 16)
        self.rnn = nn.LSTM(16, 32)
        self.fc = nn.Linear(32, 100)

    def forward(self, x):
        out, _ = self.rnn(self.embed(x.view(1, -1)))
        out.squeeze_(0)
        return self.fc(out)


char_rnn = CharRNN()
char_loss = F.cross_entropy(char_rnn(torch.randint(0, 100, (1,))), torch.randint(0, 100, (1,)))
