"""Bug: the margin between two rewards is a raw score; binary_cross_entropy wants a probability."""
import torch
import torch.nn.functional as F
from torch import nn
from transformers import AutoModel


class RewardModel(nn.Module):
    def __init__(self, encoder, hidden=768):
        super().__init__()
        self.encoder = encoder
        self.score = nn.Linear(hidden, 1)

    def forward(self, input_ids, attention_mask):
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        return self.score(hidden[:, -1]).squeeze(-1)


def preference_loss(model, chosen, rejected):
    margin = model(**chosen) - model(**rejected)
    return F.binary_cross_entropy(margin, torch.ones_like(margin))  # expect: XL102


reward_model = RewardModel(AutoModel.from_pretrained("gpt2"))
optimizer = torch.optim.AdamW(reward_model.parameters(), lr=1e-5)
for chosen, rejected in pairs_loader:
    loss = preference_loss(reward_model, chosen, rejected)
    loss.backward()
    optimizer.step()
