"""Bug: the (N, L, C) logits of a Hugging Face token classifier reach CrossEntropyLoss with the classes on the last axis; flattened, transposed or reshaped logits must stay silent."""
import torch
import torch.nn as nn
from transformers import AutoModelForTokenClassification

NUM_TAGS = 9
model = AutoModelForTokenClassification.from_pretrained("bert-base-cased", num_labels=NUM_TAGS)
criterion = nn.CrossEntropyLoss(ignore_index=-100)
optimizer = torch.optim.AdamW(model.parameters(), lr=3e-5)


def train_step(batch):
    outputs = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"])
    logits = outputs.logits
    loss = criterion(logits, batch["labels"])  # expect: XL105
    flat = criterion(logits.view(-1, NUM_TAGS), batch["labels"].view(-1))
    moved = criterion(logits.transpose(1, 2), batch["labels"])
    reshaped = criterion(logits.reshape(-1, logits.shape[-1]), batch["labels"].reshape(-1))
    flat.backward()
    optimizer.step()
    return loss, moved, reshaped
