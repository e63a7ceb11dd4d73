"""Look-alike: the nn.TransformerEncoder's (N, L, D) features are pooled (the first token, or the mean over positions) before the classifier, so its (N, C) logits go to CrossEntropyLoss and softmax(dim=1) as they are, must stay silent."""
import torch
from torch import nn


class PatchClassifier(nn.Module):
    def __init__(self, classes=10, d_model=64, pool="cls"):
        super().__init__()
        self.project = nn.Linear(48, d_model)
        self.encoder = nn.TransformerEncoder(
            nn.TransformerEncoderLayer(d_model, 4, batch_first=True), num_layers=2)
        self.head = nn.Linear(d_model, classes)
        self.pool = pool

    def forward(self, patches):
        features = self.encoder(self.project(patches))
        return self.head(features[:, 0])


class MeanPooled(PatchClassifier):
    def forward(self, patches):
        features = self.encoder(self.project(patches))
        return self.head(features.mean(dim=1))


patches, labels = torch.randn(32, 16, 48), torch.randint(0, 10, (32,))
first_token, mean_pooled = PatchClassifier(), MeanPooled()
loss = nn.CrossEntropyLoss()(first_token(patches), labels)
loss = loss + nn.CrossEntropyLoss()(mean_pooled(patches), labels)
confidence = torch.softmax(mean_pooled(patches), dim=1).max(dim=1).values
