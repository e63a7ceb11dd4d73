"""Bug: Dataset.map one-hot encodes the labels as integers, which CrossEntropyLoss cannot read."""
import torch
import torch.nn.functional as F
from datasets import load_dataset
from torch import nn
from torch.utils.data import DataLoader

data = load_dataset("ag_news", split="train")


def encode(example):
    return {"label": F.one_hot(torch.tensor(example["label"]), num_classes=4)}


data = data.map(encode)
model = nn.Linear(300, 4)
for batch in DataLoader(data, batch_size=8):
    loss = nn.CrossEntropyLoss()(model(batch["vector"]), batch["label"])  # expect: XL302
