"""Look-alike: compute_metrics unwraps a possible tuple of predictions, applies a sigmoid and then thresholds at 0.5 must stay silent."""
import numpy as np
import torch
from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments

model = AutoModelForSequenceClassification.from_pretrained(
    "bert-base-uncased", problem_type="multi_label_classification", num_labels=11)


def compute_metrics(eval_pred):
    logits, labels = eval_pred
    if isinstance(logits, tuple):
        logits = logits[0]
    probs = torch.sigmoid(torch.tensor(logits)).numpy()
    predicted = (probs > 0.5).astype(int)
    return {"exact_match": float(np.all(predicted == labels, axis=1).mean())}


trainer = Trainer(model=model, args=TrainingArguments("out"), train_dataset=train_set,
                  eval_dataset=dev_set, compute_metrics=compute_metrics)
trainer.train()
