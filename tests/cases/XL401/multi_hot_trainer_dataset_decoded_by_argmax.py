"""Bug: a Trainer subclass computes a binary cross-entropy on the multi-hot labels of its train_dataset, and compute_metrics decodes the predictions with argmax."""
import numpy as np
import pandas as pd
from datasets import Dataset
from sklearn.preprocessing import MultiLabelBinarizer
from torch import nn
from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments

frame = pd.read_csv("articles.csv")
binarizer = MultiLabelBinarizer()
topics = binarizer.fit_transform(frame["topics"].str.split("|")).astype("float32")
train_set = Dataset.from_dict({"text": frame["text"].tolist(), "labels": topics.tolist()})
model = AutoModelForSequenceClassification.from_pretrained(
    "distilbert-base-uncased", num_labels=len(binarizer.classes_))


class MultiLabelTrainer(Trainer):
    def compute_loss(self, model, inputs, return_outputs=False, **kwargs):
        labels = inputs.pop("labels")
        outputs = model(**inputs)
        loss = nn.BCEWithLogitsLoss()(outputs.logits, labels.float())
        return (loss, outputs) if return_outputs else loss


def compute_metrics(eval_pred):
    logits, labels = eval_pred
    predicted = np.argmax(logits, axis=-1)  # expect: XL401
    return {"accuracy": float((predicted == labels.argmax(-1)).mean())}


trainer = MultiLabelTrainer(model=model, args=TrainingArguments("out"), train_dataset=train_set,
                            compute_metrics=compute_metrics)
trainer.train()
