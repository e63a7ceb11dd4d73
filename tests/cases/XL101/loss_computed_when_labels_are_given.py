"""Bug: a forward(x, labels=None) computes CrossEntropyLoss on softmax probabilities when it is given labels."""
import torch.nn as nn
import torch.nn.functional as F


class TextClassifier(nn.Module):
    def __init__(self, vocab_size=30000, hidden=256, num_labels=5):
        super().__init__()
        self.embed = nn.EmbeddingBag(vocab_size, hidden)
        self.classifier = nn.Linear(hidden, num_labels)
        self.loss_fct = nn.CrossEntropyLoss()  # expect: XL101

    def forward(self, input_ids, offsets, labels=None):
        pooled = self.embed(input_ids, offsets)
        probs = F.softmax(self.classifier(pooled), dim=-1)
        loss = None
        if labels is not None:
            loss = self.loss_fct(probs, labels)
        return {"loss": loss, "probs": probs}
