"""Bug: a multi-task module's forward returns a dict whose category output is already a softmax, and that entry reaches F.cross_entropy; the dict of logits and probabilities read by its logits key must stay silent."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class ShopModel(nn.Module):
    def __init__(self, n_features=32, n_categories=10):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(n_features, 64), nn.ReLU())
        self.category = nn.Linear(64, n_categories)
        self.price = nn.Linear(64, 1)

    def forward(self, x):
        h = self.body(x)
        return {"category": torch.softmax(self.category(h), dim=-1), "price": self.price(h)}


class ShopModelLogits(nn.Module):
    def __init__(self, n_features=32, n_categories=10):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(n_features, 64), nn.ReLU())
        self.category = nn.Linear(64, n_categories)

    def forward(self, x):
        logits = self.category(self.body(x))
        return {"logits": logits, "probs": logits.softmax(dim=-1)}


model = ShopModel()
twin = ShopModelLogits()
x, categories, prices = torch.randn(8, 32), torch.randint(0, 10, (8,)), torch.randn(8, 1)
out = model(x)
loss = F.cross_entropy(out["category"], categories) + F.mse_loss(out["price"], prices)  # expect: XL101
twin_out = twin(x)
twin_loss = F.cross_entropy(twin_out["logits"], categories)
confidence = twin_out["probs"].max(dim=-1).values
