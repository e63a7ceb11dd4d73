"""Bug: the log-probabilities of each sample's own class picked by hand (-log_probs[range(N), y]) from raw logits; DETR's matching cost, the columns of the target classes for every query (-probs[:, targets]), must stay silent."""
import torch
from torch import nn

head = nn.Linear(16, 6)
queries = torch.randn(2, 10, 16)
targets = torch.tensor([1, 3, 0])


@torch.no_grad()
def matching_cost(logits, target_classes):
    probabilities = logits.flatten(0, 1).softmax(-1)
    return -probabilities[:, target_classes]


cost = matching_cost(head(queries), targets)

scores = head(torch.randn(8, 16))
labels = torch.randint(0, 6, (8,))
loss = -scores[range(8), labels].mean()  # expect: XL103
