"""Look-alike: a text classifier's forward takes input ids and an attention mask and returns {"logits": ..., "probs": softmax(...)}; the logits go to CrossEntropyLoss, must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class MeanPoolClassifier(nn.Module):
    def __init__(self, vocab_size=30522, dim=256, n_labels=5):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, dim)
        self.out = nn.Linear(dim, n_labels)

    def forward(self, input_ids, attention_mask):
        h = self.embed(input_ids) * attention_mask.unsqueeze(-1)
        logits = self.out(h.sum(1) / attention_mask.sum(1, keepdim=True))
        return {"logits": logits, "probs": F.softmax(logits, dim=-1)}


model = MeanPoolClassifier()
criterion = nn.CrossEntropyLoss()
for batch in loader:
    out = model(batch["input_ids"], batch["attention_mask"])
    loss = criterion(out["logits"], batch["labels"])
    loss.backward()
