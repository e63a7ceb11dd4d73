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


# A default criterion that is set elsewhere before training (a pipeline's parameters here):
# the net is not trained as built.
from sklearn.pipeline import Pipeline

logits_module = nn.Sequential(nn.Linear(20, 16), nn.ReLU(), nn.Linear(16, 3))
pipe = Pipeline([("net", NeuralNetClassifier(logits_module, max_epochs=3))])
pipe.set_params(net__criterion=nn.CrossEntropyLoss)
pipe.fit(X, y)

# ... or set on the net itself before it is trained (set_params, an attribute).
reconfigured = NeuralNetClassifier(logits_module, max_epochs=3)
reconfigured.set_params(criterion=nn.CrossEntropyLoss)
reconfigured.fit(X, y)
assigned = NeuralNetClassifier(logits_module, max_epochs=3)
assigned.criterion = nn.CrossEntropyLoss
assigned.fit(X, y)
