"""Look-alike: the decoder gives raw scores, written step by step into the zeros buffer that goes to CrossEntropyLoss, must stay silent."""
import random

import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, vocab_size, hidden=256):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, hidden)
        self.rnn = nn.GRU(hidden, hidden)
        self.fc_out = nn.Linear(hidden, vocab_size)

    def forward(self, token, hidden):
        output, hidden = self.rnn(self.embedding(token.unsqueeze(0)), hidden)
        return self.fc_out(output.squeeze(0)), hidden


TRG_VOCAB, TRG_LEN, BATCH = 6000, 20, 32
decoder = Decoder(TRG_VOCAB)
criterion = nn.CrossEntropyLoss(ignore_index=0)
trg = torch.randint(0, TRG_VOCAB, (TRG_LEN, BATCH))
hidden = torch.zeros(1, BATCH, 256)
outputs = torch.zeros(TRG_LEN, BATCH, TRG_VOCAB)
attention = torch.zeros(TRG_LEN, BATCH, 7)
token = trg[0]
for t in range(1, TRG_LEN):
    output, hidden = decoder(token, hidden)
    outputs[t] = output
    attention[t] = torch.softmax(torch.randn(BATCH, 7), dim=1)
    token = trg[t] if random.random() < 0.5 else output.argmax(1)
loss = criterion(outputs[1:].view(-1, TRG_VOCAB), trg[1:].view(-1))
