"""Look-alike: a Hugging Face Trainer trains a classifier with as many labels as the dataset's items carry classes, must stay silent."""
import pandas as pd
import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments

LABEL2ID = {"negative": 0, "neutral": 1, "positive": 2}


class TweetDataset(torch.utils.data.Dataset):
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
train_set = TweetDataset(tokenizer(frame["text"].tolist(), truncation=True),
                         frame["sentiment"].map(LABEL2ID).tolist())
model = AutoModelForSequenceClassification.from_pretrained("distilroberta-base", num_labels=len(LABEL2ID))
trainer = Trainer(model=model, args=TrainingArguments("out", num_train_epochs=3),
                  train_dataset=train_set)
trainer.train()
