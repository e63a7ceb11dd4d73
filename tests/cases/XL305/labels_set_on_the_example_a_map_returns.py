"""Bug: the map numbers four sentiments on the example it returns; the classifier has three labels."""
from datasets import load_dataset
from transformers import AutoModelForSequenceClassification, AutoTokenizer, Trainer

LABEL2ID = {"negative": 0, "neutral": 1, "positive": 2, "mixed": 3}
reviews = load_dataset("csv", data_files={"train": "reviews.csv"})
tokenizer = AutoTokenizer.from_pretrained("distilbert-base-uncased")


def prepare(example):
    example["label"] = LABEL2ID[example["sentiment"]]
    return example


encoded = reviews.map(prepare).map(lambda batch: tokenizer(batch["text"], truncation=True),
                                   batched=True)
model = AutoModelForSequenceClassification.from_pretrained(  # expect: XL305
    "distilbert-base-uncased", num_labels=3)
Trainer(model=model, train_dataset=encoded["train"], tokenizer=tokenizer).train()
