"""Bug: a decoder-only language model built on nn.TransformerEncoder gives (N, L, V) logits, and CrossEntropyLoss reads axis 1 (the positions) as the classes."""
import torch
from torch import nn


class TinyGPT(nn.Module):
    def __init__(self, vocab_size, d_model=128, n_layers=3):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, d_model)
        block = nn.TransformerEncoderLayer(d_model, nhead=4, batch_first=True)
        self.blocks = nn.TransformerEncoder(block, n_layers)
        self.lm_head = nn.Linear(d_model, vocab_size)

    def forward(self, tokens):
        return self.lm_head(self.blocks(self.embed(tokens)))


model = TinyGPT(vocab_size=65)
criterion = nn.CrossEntropyLoss()


def training_step(tokens, targets):
    logits = model(tokens)
    return criterion(logits, targets)  # expect: XL105
