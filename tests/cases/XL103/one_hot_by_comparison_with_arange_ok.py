"""Look-alike: the JAX tutorial's loss on log-probabilities (logits - logsumexp) with one-hot targets made by comparison with arange must stay silent."""
import jax
import jax.numpy as jnp
import numpy as np
from jax.scipy.special import logsumexp


def predict(params, image):
    w, b = params
    logits = jnp.dot(w, image) + b
    return logits - logsumexp(logits)


batched_predict = jax.vmap(predict, in_axes=(None, 0))


def one_hot(x, k, dtype=jnp.float32):
    return jnp.array(x[:, None] == jnp.arange(k), dtype)


def loss(params, images, targets):
    preds = batched_predict(params, images)
    return -jnp.mean(preds * targets)


images = np.random.randn(100, 784).astype(np.float32)
value = loss(params, images, one_hot(np.random.randint(0, 10, 100), 10))
