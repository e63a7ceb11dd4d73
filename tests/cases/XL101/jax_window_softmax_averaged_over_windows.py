"""Bug: a JAX model averages the softmax of each window over the windows axis (jnp.mean(..., axis=1)) and gives those probabilities to optax's integer-label cross-entropy."""
import jax
import jax.numpy as jnp
import optax
from flax import linen as nn


class WindowModel(nn.Module):
    n_classes: int = 10

    @nn.compact
    def __call__(self, windows):  # (N, W, features)
        h = nn.relu(nn.Dense(64)(windows))
        per_window = jax.nn.softmax(nn.Dense(self.n_classes)(h), axis=-1)
        return jnp.mean(per_window, axis=1)


model = WindowModel()


def loss_fn(params, windows, labels):
    probs = model.apply({"params": params}, windows)
    return optax.softmax_cross_entropy_with_integer_labels(probs, labels).mean()  # expect: XL101
