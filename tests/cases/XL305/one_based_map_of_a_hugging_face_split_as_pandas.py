"""Bug: a Hugging Face split turned into a pandas table, its labels numbered from 1, for three logits."""
import torch
import torch.nn as nn
from datasets import load_dataset

df = load_dataset("tweet_eval", "sentiment", split="train").to_pandas()
df["target"] = df["text_label"].map({"negative": 1, "neutral": 2, "positive": 3})  # expect: XL305
targets = torch.tensor(df["target"].values)

head = nn.Linear(768, 3)
loss = nn.CrossEntropyLoss()(head(embeddings), targets)
