"""Bug: the batch's labels, flattened with `.view(-1)`, are passed where CrossEntropyLoss takes its input."""
from torch import nn
from transformers import AutoModelForSequenceClassification

model = AutoModelForSequenceClassification.from_pretrained("roberta-base", num_labels=3)
criterion = nn.CrossEntropyLoss()


def train_epoch(loader, optimizer):
    for batch in loader:
        labels = batch.pop("labels")
        logits = model(**batch).logits
        loss = criterion(labels.view(-1), logits.view(-1, 3))  # expect: XL501
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
