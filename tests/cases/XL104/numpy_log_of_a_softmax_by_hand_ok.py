"""Look-alike: course code in NumPy takes the log of a softmax it computes by hand (NumPy has no fused log_softmax, and nothing is trained through it) and must stay silent."""
import numpy as np


def softmax(z):
    shifted = z - np.max(z, axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / np.sum(exp, axis=1, keepdims=True)


X = np.load("features.npy")
y = np.load("labels.npy")
W = 0.01 * np.random.randn(X.shape[1], 10)
b = np.zeros(10)

for epoch in range(100):
    probs = softmax(X @ W + b)
    loss = -np.mean(np.log(probs[np.arange(len(y)), y]))
    log_probs = np.log(probs)
    dscores = probs.copy()
    dscores[np.arange(len(y)), y] -= 1
    W -= 0.1 * X.T @ dscores / len(y)
