"""Look-alike: the label column converted with .float() before BCEWithLogitsLoss must stay silent."""
import torch
from datasets import load_dataset
from torch import nn
from torch.utils.data import DataLoader

reviews = load_dataset("imdb", split="train")
reviews.set_format("torch", columns=["features", "label"])
model = nn.Linear(512, 1)
criterion = nn.BCEWithLogitsLoss()
for batch in DataLoader(reviews, batch_size=16, shuffle=True):
    logits = model(batch["features"]).squeeze(-1)
    loss = criterion(logits, batch["label"].float())
