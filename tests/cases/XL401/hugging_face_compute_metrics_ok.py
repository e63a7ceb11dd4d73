"""Look-alike: compute_metrics by argmax for a single-label model and by sigmoid threshold for a multi-label one must stay silent."""
import numpy as np
from scipy.special import expit
from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments


def accuracy(eval_pred):
    logits, labels = eval_pred
    return {"accuracy": float((np.argmax(logits, axis=-1) == labels).mean())}


def micro_f1(eval_pred):
    logits, labels = eval_pred.predictions, eval_pred.label_ids
    predicted = (expit(logits) > 0.5).astype(int)
    true_positive = (predicted * labels).sum()
    return {"f1": 2 * true_positive / (predicted.sum() + labels.sum())}


single = AutoModelForSequenceClassification.from_pretrained("roberta-base", num_labels=4)
Trainer(model=single, args=TrainingArguments("a"), compute_metrics=accuracy).train()
multi = AutoModelForSequenceClassification.from_pretrained(
    "roberta-base", num_labels=9, problem_type="multi_label_classification")
Trainer(model=multi, args=TrainingArguments("b"), compute_metrics=micro_f1).train()
