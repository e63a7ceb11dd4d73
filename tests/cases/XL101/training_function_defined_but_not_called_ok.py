"""Look-alike: train(model, iterator, criterion) defined but not called, on the module's logits model of the same name, must stay silent."""
import torch
import torch.nn as nn


class SentimentNet(nn.Module):
    def __init__(self, vocab_size, embedding_dim=100):
        super(SentimentNet, self).__init__()
        self.embedding = nn.EmbeddingBag(vocab_size, embedding_dim)
        self.fc = nn.Linear(embedding_dim, 1)
        self.sigmoid = nn.Sigmoid()

    def forward(self, text):
        return (self.fc(self.embedding(text)))


model = SentimentNet(25000)
optimizer = torch.optim.Adam(model.parameters())
criterion = nn.BCEWithLogitsLoss()


def train(model, iterator, optimizer, criterion):
    epoch_loss = 0
    model.train()
    for batch in iterator:
        optimizer.zero_grad()
        predictions = model(batch.text).squeeze(1)
        loss = criterion(predictions, batch.label)
        loss.backward()
        optimizer.step()
        epoch_loss += loss.item()
    return epoch_loss / len(iterator)
