"""Look-alike: the same Trainer run with num_labels=6, one logit per emotion, must stay silent."""
from datasets import load_dataset
from transformers import (
    AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments,
)

emotions = load_dataset("dair-ai/emotion")
tokenizer = AutoTokenizer.from_pretrained("distilbert-base-uncased")
encoded = emotions.map(lambda batch: tokenizer(batch["text"], truncation=True), batched=True)
model = AutoModelForSequenceClassification.from_pretrained(
    "distilbert-base-uncased", num_labels=6)
trainer = Trainer(model=model, args=TrainingArguments("out", num_train_epochs=2),
                  train_dataset=encoded["train"], eval_dataset=encoded["validation"],
                  tokenizer=tokenizer)
trainer.train()
