"""Bug: JAX's tutorial loss -mean(preds * targets), one-hot targets made by y[:, None] == arange(k), on raw logits (no log-softmax)."""
import jax
import jax.numpy as jnp
import numpy as np


def predict(params, image):
    w, b = params
    return jnp.dot(w, image) + b


batched_predict = jax.vmap(predict, in_axes=(None, 0))


def one_hot(x, k, dtype=jnp.float32):
    return jnp.array(x[:, None] == jnp.arange(k), dtype)


def loss(params, images, targets):
    preds = batched_predict(params, images)
    return -jnp.mean(preds * targets)  # expect: XL103


images = np.random.randn(100, 784).astype(np.float32)
targets = one_hot(np.random.randint(0, 10, 100), 10)
value = loss(params, images, targets)
