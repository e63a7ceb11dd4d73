"""Bug: a model whose forward ends in a softmax written by hand (exp of the scores over the sum of their exp, shifted by their max) trained with CrossEntropyLoss; the same softmax computed only to print probabilities must stay silent."""
import torch
import torch.nn as nn


def stable_softmax(scores):
    shifted = scores - scores.max(dim=1, keepdim=True).values
    exponentials = torch.exp(shifted)
    return exponentials / exponentials.sum(dim=1, keepdim=True)


class Classifier(nn.Module):
    def __init__(self, hand_softmax):
        super().__init__()
        self.hidden = nn.Linear(64, 128)
        self.out = nn.Linear(128, 5)
        self.hand_softmax = hand_softmax

    def forward(self, x):
        scores = self.out(torch.relu(self.hidden(x)))
        if self.hand_softmax:
            return stable_softmax(scores)
        return scores


model = Classifier(hand_softmax=True)
twin = Classifier(hand_softmax=False)
criterion = nn.CrossEntropyLoss()
for features, targets in loader:
    loss = criterion(model(features), targets)  # expect: XL101
    loss = criterion(twin(features), targets)
print(stable_softmax(twin(features)))
