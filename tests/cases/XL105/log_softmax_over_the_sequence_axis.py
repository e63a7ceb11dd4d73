"""Bug: log_softmax over dim=1 of an (N, L, C) tagger output normalises over the time steps."""
import torch
import torch.nn.functional as F
from torch import nn


class Tagger(nn.Module):
    def __init__(self, vocab=5000, tags=17):
        super().__init__()
        self.emb = nn.Embedding(vocab, 64)
        self.lstm = nn.LSTM(64, 64, batch_first=True)
        self.fc = nn.Linear(64, tags)

    def forward(self, tokens):
        h, _ = self.lstm(self.emb(tokens))
        return F.log_softmax(self.fc(h), dim=1)  # expect: XL105


class GoodTagger(Tagger):
    def forward(self, tokens):
        h, _ = self.lstm(self.emb(tokens))
        return F.log_softmax(self.fc(h), dim=-1)


tagger = Tagger()


class AttentionPooling(nn.Module):
    def __init__(self, hidden=64):
        super().__init__()
        self.lstm = nn.LSTM(32, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        weights = torch.softmax(self.score(h), dim=1)  # one score per step: attention
        return (weights * h).sum(dim=1)


pooled = AttentionPooling()
