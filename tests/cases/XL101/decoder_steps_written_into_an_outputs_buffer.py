"""Bug: a seq2seq decoder ends in a softmax; teacher forcing writes each step's output into a zeros buffer, which goes to CrossEntropyLoss."""
import random

import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, vocab_size, hidden=256):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, hidden)
        self.rnn = nn.GRU(hidden, hidden)
        self.fc_out = nn.Linear(hidden, vocab_size)
        self.softmax = nn.Softmax(dim=1)

    def forward(self, token, hidden):
        output, hidden = self.rnn(self.embedding(token.unsqueeze(0)), hidden)
        return self.softmax(self.fc_out(output.squeeze(0))), hidden


TRG_VOCAB, TRG_LEN, BATCH = 6000, 20, 32
decoder = Decoder(TRG_VOCAB)
criterion = nn.CrossEntropyLoss(ignore_index=0)  # expect: XL101
trg = torch.randint(0, TRG_VOCAB, (TRG_LEN, BATCH))
hidden = torch.zeros(1, BATCH, 256)
outputs = torch.zeros(TRG_LEN, BATCH, TRG_VOCAB)
token = trg[0]
for t in range(1, TRG_LEN):
    output, hidden = decoder(token, hidden)
    outputs[t] = output
    top1 = output.argmax(1)
    token = trg[t] if random.random() < 0.5 else top1
loss = criterion(outputs[1:].view(-1, TRG_VOCAB), trg[1:].view(-1))
