"""Bug: a Dataset of dict items carries three sentiment classes, popped from each batch as the labels, but the classifier is built with num_labels=2."""
import pandas as pd
import torch
from torch.utils.data import DataLoader, Dataset
from transformers import AutoModelForSequenceClassification

LABEL2ID = {"negative": 0, "neutral": 1, "positive": 2}


class TweetDataset(Dataset):
    def __init__(self, frame):
        self.labels = frame["sentiment"].map(LABEL2ID).tolist()
        self.ids = frame["input_ids"].tolist()

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, i):
        return {"input_ids": torch.tensor(self.ids[i]), "labels": torch.tensor(self.labels[i])}


model = AutoModelForSequenceClassification.from_pretrained("roberta-base", num_labels=2)  # expect: XL305
criterion = torch.nn.CrossEntropyLoss()
optimizer = torch.optim.AdamW(model.parameters(), lr=2e-5)
for batch in DataLoader(TweetDataset(pd.read_pickle("tweets.pkl")), batch_size=32):
    labels = batch.pop("labels")
    logits = model(**batch).logits
    loss = criterion(logits, labels)
    loss.backward()
    optimizer.step()
