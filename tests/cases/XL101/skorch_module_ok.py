"""Look-alike: skorch's default criterion on a softmax module, CrossEntropyLoss on logits, must stay silent."""
# Look-alike: skorch's NeuralNetClassifier with its default criterion (NLLLoss, which skorch gives
# the log of the module's output) on a softmax module, and with CrossEntropyLoss on a logits
# module, must stay silent.
from torch import nn
from skorch import NeuralNetClassifier
from skorch.classifier import NeuralNetBinaryClassifier


class Probabilities(nn.Module):
    def __init__(self, hidden=32):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(20, hidden), nn.ReLU(), nn.Linear(hidden, 3))

    def forward(self, X):
        return nn.functional.softmax(self.body(X), dim=-1)


default_net = NeuralNetClassifier(Probabilities, module__hidden=16, max_epochs=10)
logits_net = NeuralNetClassifier(
    nn.Sequential(nn.Linear(20, 16), nn.ReLU(), nn.Linear(16, 3)),
    criterion=nn.CrossEntropyLoss,
)
binary_net = NeuralNetBinaryClassifier(nn.Sequential(nn.Linear(20, 1)), max_epochs=5)
