"""Look-alike: a map run record by record makes one (3,) row per review, (N, 3) in all, must stay silent."""
import torch
from datasets import load_dataset
from transformers import AutoModelForSequenceClassification, AutoTokenizer, Trainer

TOPICS = ["battery", "screen", "shipping"]
reviews = load_dataset("csv", data_files={"train": "reviews.csv"})
tokenizer = AutoTokenizer.from_pretrained("distilroberta-base")


def encode(review):
    features = tokenizer(review["text"], truncation=True, max_length=256)
    features["labels"] = torch.tensor([1 if t in review["topics"] else 0 for t in TOPICS],
                                      dtype=torch.float)
    return features


encoded = reviews.map(encode)
model = AutoModelForSequenceClassification.from_pretrained(
    "distilroberta-base", num_labels=3, problem_type="multi_label_classification")
Trainer(model=model, train_dataset=encoded["train"]).train()
