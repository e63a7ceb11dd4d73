"""Bug: a Hugging Face evaluation loop thresholds scipy's softmax of a 6-class model's logits at 0.5."""
import numpy as np
import torch
from scipy.special import expit, softmax
from transformers import AutoModelForSequenceClassification

model = AutoModelForSequenceClassification.from_pretrained("bert-base-uncased", num_labels=6)
loss_fn = torch.nn.CrossEntropyLoss()
all_hits = []
for batch in eval_loader:
    with torch.no_grad():
        out = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"])
    loss = loss_fn(out.logits, batch["labels"])
    probs = softmax(out.logits.numpy(), axis=-1)
    all_hits.append((probs > 0.5).astype(int))  # expect: XL402
    scores = expit(out.logits.numpy())
