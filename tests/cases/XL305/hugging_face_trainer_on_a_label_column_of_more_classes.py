"""Bug: a Hugging Face classifier with num_labels=4 trained by the Trainer on the emotion data set, whose "label" column (renamed "labels" by the Trainer's collator) holds six classes."""
from datasets import load_dataset
from transformers import (
    AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments,
)

emotions = load_dataset("dair-ai/emotion")
tokenizer = AutoTokenizer.from_pretrained("distilbert-base-uncased")
encoded = emotions.map(lambda batch: tokenizer(batch["text"], truncation=True), batched=True)
model = AutoModelForSequenceClassification.from_pretrained(  # expect: XL305
    "distilbert-base-uncased", num_labels=4)
trainer = Trainer(model=model, args=TrainingArguments("out", num_train_epochs=2),
                  train_dataset=encoded["train"], eval_dataset=encoded["validation"],
                  tokenizer=tokenizer)
trainer.train()
