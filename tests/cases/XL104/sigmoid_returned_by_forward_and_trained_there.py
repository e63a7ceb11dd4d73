"""Look-alike: a forward that applies sigmoid, trains BCELoss on it when given labels, and returns it as the prediction must stay silent."""
import torch
import torch.nn as nn
from transformers import AutoModel


class ToxicTagger(nn.Module):
    def __init__(self, n_labels=6):
        super().__init__()
        self.bert = AutoModel.from_pretrained("bert-base-cased", return_dict=True)
        self.classifier = nn.Linear(self.bert.config.hidden_size, n_labels)
        self.criterion = nn.BCELoss()

    def forward(self, input_ids, attention_mask, labels=None):
        pooled = self.bert(input_ids, attention_mask=attention_mask).pooler_output
        output = torch.sigmoid(self.classifier(pooled))
        loss = 0
        if labels is not None:
            loss = self.criterion(output, labels)
        return loss, output

