"""Look-alike: the same multi-label Hugging Face classifier decoded by thresholding its logits at 0 in compute_metrics, and a single-label one (problem_type="single_label_classification") decoded by argmax: both right, must stay silent."""
import numpy as np
from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments

tagger = AutoModelForSequenceClassification.from_pretrained(
    "roberta-base", num_labels=config.num_labels, problem_type="multi_label_classification")
classifier = AutoModelForSequenceClassification.from_pretrained(
    "roberta-base", num_labels=config.num_labels, problem_type="single_label_classification")


def tag_metrics(eval_pred):
    logits, labels = eval_pred
    return {"exact": float(((logits > 0) == labels).all(axis=1).mean())}


def class_metrics(eval_pred):
    logits, labels = eval_pred
    return {"accuracy": float((np.argmax(logits, axis=-1) == labels).mean())}


Trainer(model=tagger, args=TrainingArguments("tags"), train_dataset=train_ds,
        compute_metrics=tag_metrics).train()
Trainer(model=classifier, args=TrainingArguments("classes"), train_dataset=train_ds,
        compute_metrics=class_metrics).train()
