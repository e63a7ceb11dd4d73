"""Bug: a bigram language model's (B, T, V) scores (an embedding of (B, T) token ids) given to F.cross_entropy unflattened; flattened to (B*T, V) they must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F

vocab_size, block_size, batch_size = 65, 8, 32
token_embedding = nn.Embedding(vocab_size, vocab_size)
optimizer = torch.optim.AdamW(token_embedding.parameters(), lr=1e-3)

for step in range(1000):
    xb = torch.randint(0, vocab_size, (batch_size, block_size))
    yb = torch.randint(0, vocab_size, (batch_size, block_size))
    logits = token_embedding(xb)
    loss = F.cross_entropy(logits, yb)  # expect: XL105
    B, T, C = logits.shape
    flat_loss = F.cross_entropy(logits.view(B * T, C), yb.view(B * T))
    optimizer.zero_grad()
    flat_loss.backward()
    optimizer.step()
