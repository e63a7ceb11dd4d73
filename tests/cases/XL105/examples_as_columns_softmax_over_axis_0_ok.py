"""Look-alike: course code with the examples as columns (X is (features, m), Z = W @ X is (classes, m)) takes the softmax over axis 0, the classes, and must stay silent."""
import torch

X = torch.randn(12, 500)
Y = torch.randint(0, 4, (500,))


def forward(W, b, X):
    Z = W @ X + b
    return torch.log_softmax(Z, dim=0)


def predict(params, X):
    return torch.argmax(forward(params["W"], params["b"], X), dim=0)


log_probs = forward(load_weights(), load_bias(), X)
