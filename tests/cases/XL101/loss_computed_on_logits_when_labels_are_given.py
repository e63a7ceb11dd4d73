"""Look-alike: a forward(x, labels=None) that computes CrossEntropyLoss on its logits and returns probabilities without labels must stay silent."""
import torch.nn as nn
import torch.nn.functional as F


class TextClassifier(nn.Module):
    def __init__(self, hidden=256, num_labels=5):
        super().__init__()
        self.classifier = nn.Linear(hidden, num_labels)
        self.loss_fct = nn.CrossEntropyLoss()

    def forward(self, pooled, labels=None):
        logits = self.classifier(pooled)
        if labels is not None:
            return self.loss_fct(logits.view(-1, logits.size(-1)), labels.view(-1))
        return F.softmax(logits, dim=-1)


model = TextClassifier()
predictions = model(features).argmax(dim=-1)
