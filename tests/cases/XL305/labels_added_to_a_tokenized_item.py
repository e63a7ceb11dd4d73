"""Bug: the Dataset item is the tokenizer's encodings for one sample plus its label (the Hugging Face custom-dataset recipe), three sentiment classes, but the classifier has num_labels=2."""
import pandas as pd
import torch
from torch.utils.data import DataLoader, Dataset
from transformers import AutoModelForSequenceClassification, AutoTokenizer

LABEL2ID = {"negative": 0, "neutral": 1, "positive": 2}


class TweetDataset(Dataset):
    def __init__(self, encodings, labels):
        self.encodings = encodings
        self.labels = labels

    def __getitem__(self, idx):
        item = {key: torch.tensor(val[idx]) for key, val in self.encodings.items()}
        item["labels"] = torch.tensor(self.labels[idx])
        return item

    def __len__(self):
        return len(self.labels)


frame = pd.read_csv("tweets.csv")
tokenizer = AutoTokenizer.from_pretrained("distilroberta-base")
encodings = tokenizer(frame["text"].tolist(), truncation=True, padding=True)
dataset = TweetDataset(encodings, frame["sentiment"].map(LABEL2ID).tolist())
model = AutoModelForSequenceClassification.from_pretrained("distilroberta-base", num_labels=2)  # expect: XL305
criterion = torch.nn.CrossEntropyLoss()
for batch in DataLoader(dataset, batch_size=16, shuffle=True):
    logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).logits
    loss = criterion(logits, batch["labels"])
    loss.backward()
