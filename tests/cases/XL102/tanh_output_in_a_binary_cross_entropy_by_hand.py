"""Bug: a logistic regression written by hand in JAX whose predictions are jnp.tanh outputs (in (-1, 1)) in a hand-written binary cross-entropy; the sigmoid written through tanh, 0.5 * (jnp.tanh(z / 2) + 1), must stay silent."""
import jax.numpy as jnp
import numpy as np

X = np.random.randn(200, 3)
y = np.random.randint(0, 2, size=200)


def squash(z):
    return jnp.tanh(z)


def sigmoid(z):
    return 0.5 * (jnp.tanh(z / 2.0) + 1)


def wrong_loss(w):
    p = squash(jnp.dot(X, w))
    return -jnp.sum(jnp.log(p) * y + jnp.log(1 - p) * (1 - y))  # expect: XL102


def loss(w):
    p = sigmoid(jnp.dot(X, w))
    return -jnp.sum(jnp.log(p) * y + jnp.log(1 - p) * (1 - y))
