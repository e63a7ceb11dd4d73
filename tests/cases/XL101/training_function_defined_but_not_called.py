"""Bug: train(model, iterator, criterion) is defined but called nowhere in the file (a snippet, a notebook's other cell); its parameters are the module's sigmoid model and BCEWithLogitsLoss of the same names."""
import torch
import torch.nn as nn


class SentimentNet(nn.Module):
    def __init__(self, vocab_size, embedding_dim=100):
        super(SentimentNet, self).__init__()
        self.embedding = nn.EmbeddingBag(vocab_size, embedding_dim)
        self.fc = nn.Linear(embedding_dim, 1)
        self.sigmoid = nn.Sigmoid()

    def forward(self, text):
        return self.sigmoid(self.fc(self.embedding(text)))


model = SentimentNet(25000)
optimizer = torch.optim.Adam(model.parameters())
criterion = nn.BCEWithLogitsLoss()  # expect: XL101


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
