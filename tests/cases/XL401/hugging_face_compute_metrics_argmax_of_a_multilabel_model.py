"""Bug: the Trainer's compute_metrics decodes a multi-label model's logits with argmax."""
import numpy as np
from datasets import load_dataset
from transformers import (
    AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments,
)

checkpoint = "distilbert-base-uncased"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
model = AutoModelForSequenceClassification.from_pretrained(
    checkpoint, num_labels=28, problem_type="multi_label_classification")


def compute_metrics(eval_pred):
    logits, labels = eval_pred
    predictions = np.argmax(logits, axis=-1)  # expect: XL401
    return {"exact": float((predictions == labels.argmax(-1)).mean())}


dataset = load_dataset("go_emotions")
args = TrainingArguments("out", eval_strategy="epoch", per_device_train_batch_size=16)
trainer = Trainer(model=model, args=args, train_dataset=dataset["train"],
                  eval_dataset=dataset["validation"], compute_metrics=compute_metrics)
trainer.train()


def top_label(prediction):
    """The same decoding, read from the EvalPrediction's fields."""
    return {"top": np.argmax(prediction.predictions, axis=1)}  # expect: XL401


Trainer(model=model, args=args, compute_metrics=top_label).evaluate()
