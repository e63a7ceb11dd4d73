"""Bug: a Hugging Face classifier declared multi-label (problem_type="multi_label_classification") with its label count read from a config, whose compute_metrics decodes the logits by argmax: one label a sample."""
import numpy as np
from sklearn.metrics import f1_score
from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments

model = AutoModelForSequenceClassification.from_pretrained(
    "roberta-base", num_labels=config.num_labels, problem_type="multi_label_classification")


def compute_metrics(eval_pred):
    logits, labels = eval_pred
    predicted = np.argmax(logits, axis=-1)  # expect: XL401
    y_pred = np.zeros_like(labels)
    y_pred[np.arange(len(predicted)), predicted] = 1
    return {"f1_micro": f1_score(labels, y_pred, average="micro")}


trainer = Trainer(model=model, args=TrainingArguments("out"), train_dataset=train_ds,
                  eval_dataset=val_ds, compute_metrics=compute_metrics)
trainer.train()
