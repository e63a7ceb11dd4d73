"""Look-alike: forward returns a namedtuple whose scores field is log_softmax of the logits; read by name, it goes to F.nll_loss, must stay silent."""
from collections import namedtuple

import torch
import torch.nn as nn
import torch.nn.functional as F

EncoderOutput = namedtuple("EncoderOutput", "scores embedding")


class TextEncoder(nn.Module):
    def __init__(self, vocab_size, n_classes):
        super().__init__()
        self.embed = nn.EmbeddingBag(vocab_size, 64)
        self.out = nn.Linear(64, n_classes)

    def forward(self, tokens, offsets):
        embedding = self.embed(tokens, offsets)
        return EncoderOutput(F.log_softmax(self.out(embedding), dim=1), embedding)


model = TextEncoder(20000, 4)
optimizer = torch.optim.SGD(model.parameters(), lr=5.0)
for labels, tokens, offsets in batches:
    result = model(tokens, offsets)
    loss = F.nll_loss(result.scores, labels)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
