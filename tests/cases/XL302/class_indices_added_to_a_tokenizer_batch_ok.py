"""Look-alike: class indices are added to a tokenizer's batch as its "labels" and reach nn.CrossEntropyLoss, must stay silent."""
import numpy as np
import torch
from torch import nn
from transformers import AutoModel, AutoTokenizer

LABELS = ["negative", "neutral", "positive"]
tokenizer = AutoTokenizer.from_pretrained("distilbert-base-uncased")
encoder = AutoModel.from_pretrained("distilbert-base-uncased")
head = nn.Linear(768, len(LABELS))
criterion = nn.CrossEntropyLoss()


def training_step(texts, sentiments):
    batch = tokenizer(texts, padding=True, truncation=True, return_tensors="pt")
    batch["labels"] = torch.tensor([LABELS.index(s) for s in sentiments], dtype=torch.long)
    features = encoder(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).last_hidden_state[:, 0]
    return criterion(head(features), batch["labels"])
