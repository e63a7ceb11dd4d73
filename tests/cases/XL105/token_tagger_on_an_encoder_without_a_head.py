"""Bug: a token tagger puts a Linear on the (N, L, H) last_hidden_state of a Hugging Face encoder and gives the (N, L, C) scores to CrossEntropyLoss; the first token's, the pooled and the mean features, and scores moved to (N, C, L), must stay silent."""
import torch
import torch.nn as nn
from transformers import AutoModel


class NerTagger(nn.Module):
    def __init__(self, num_tags):
        super().__init__()
        self.encoder = AutoModel.from_pretrained("bert-base-cased")
        self.classifier = nn.Linear(768, num_tags)

    def forward(self, input_ids, attention_mask):
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        return self.classifier(hidden)


class SentenceClassifier(NerTagger):
    def forward(self, input_ids, attention_mask):
        out = self.encoder(input_ids=input_ids, attention_mask=attention_mask)
        return self.classifier(out.last_hidden_state[:, 0])


class PooledClassifier(NerTagger):
    def forward(self, input_ids, attention_mask):
        return self.classifier(self.encoder(input_ids=input_ids,
                                            attention_mask=attention_mask).pooler_output)


criterion = nn.CrossEntropyLoss(ignore_index=-100)
ids, mask = torch.randint(0, 28996, (8, 64)), torch.ones(8, 64)
tags = torch.randint(0, 9, (8, 64))
tagger = NerTagger(9)
loss = criterion(tagger(ids, mask), tags)  # expect: XL105
moved = criterion(tagger(ids, mask).permute(0, 2, 1), tags)
sentence = criterion(SentenceClassifier(3)(ids, mask), torch.randint(0, 3, (8,)))
pooled = criterion(PooledClassifier(3)(ids, mask), torch.randint(0, 3, (8,)))
