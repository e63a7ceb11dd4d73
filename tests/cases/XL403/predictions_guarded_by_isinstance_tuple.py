"""Bug: compute_metrics takes the logits out of a possible tuple (the usual isinstance guard) and thresholds them at 0.5, though the multi-label model is trained on logits."""
import numpy as np
from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments

model = AutoModelForSequenceClassification.from_pretrained(
    "bert-base-uncased", problem_type="multi_label_classification", num_labels=11)


def compute_metrics(eval_pred):
    logits = eval_pred.predictions[0] if isinstance(eval_pred.predictions, tuple) else eval_pred.predictions
    predicted = (logits > 0.5).astype(int)  # expect: XL403
    return {"exact_match": float(np.all(predicted == eval_pred.label_ids, axis=1).mean())}


trainer = Trainer(model=model, args=TrainingArguments("out"), train_dataset=train_set,
                  eval_dataset=dev_set, compute_metrics=compute_metrics)
trainer.train()
