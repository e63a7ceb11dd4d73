"""Bug: a multi-label Hugging Face classifier computes its own BCEWithLogitsLoss on the int64 labels it is given."""
import numpy as np
import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("roberta-base")
model = AutoModelForSequenceClassification.from_pretrained(
    "roberta-base", num_labels=5, problem_type="multi_label_classification")
optimizer = torch.optim.AdamW(model.parameters(), lr=2e-5)
texts = ["great service", "slow delivery", "broken on arrival"]
multi_hot = np.array([[1, 0, 0, 1, 0], [0, 1, 0, 0, 0], [0, 0, 1, 0, 1]])
enc = tokenizer(texts, padding=True, return_tensors="pt")
out = model(**enc, labels=torch.tensor(multi_hot, dtype=torch.long))  # expect: XL304
out.loss.backward()
optimizer.step()
