"""Look-alike: the same packed-sequence tagger, its (N, L, C) scores permuted to (N, C, L) for F.cross_entropy, must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


class Tagger(nn.Module):
    def __init__(self, vocab_size, n_tags, dim=64):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, dim, padding_idx=0)
        self.lstm = nn.LSTM(dim, dim, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * dim, n_tags)

    def forward(self, tokens, lengths):
        packed = pack_padded_sequence(self.embed(tokens), lengths.cpu(), batch_first=True,
                                      enforce_sorted=False)
        output, _ = self.lstm(packed)
        output, _ = pad_packed_sequence(output, batch_first=True)
        return self.fc(output)


model = Tagger(5000, 9)
tokens = torch.randint(1, 5000, (16, 40))
lengths = torch.randint(5, 41, (16,))
tags = torch.randint(0, 9, (16, 40))
loss = F.cross_entropy(model(tokens, lengths).permute(0, 2, 1), tags, ignore_index=-100)
