"""Look-alike: scipy's softmax of the logits decoded by argmax, and expit of a one-logit head thresholded, must stay silent."""
import numpy as np
import torch
from scipy.special import expit, softmax
from transformers import AutoModelForSequenceClassification

model = AutoModelForSequenceClassification.from_pretrained("bert-base-uncased", num_labels=6)
loss_fn = torch.nn.CrossEntropyLoss()
for batch in eval_loader:
    out = model(input_ids=batch["input_ids"])
    loss = loss_fn(out.logits, batch["labels"])
    preds = np.argmax(softmax(out.logits.numpy(), axis=-1), axis=-1)

scorer = AutoModelForSequenceClassification.from_pretrained("bert-base-uncased", num_labels=1)
bce = torch.nn.BCEWithLogitsLoss()
for batch in eval_loader:
    logit = scorer(input_ids=batch["input_ids"]).logits
    loss = bce(logit.squeeze(-1), batch["labels"].float())
    positive = expit(logit.numpy()) > 0.5
    log_likelihood = np.log(expit(logit.numpy()))
