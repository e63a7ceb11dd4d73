"""Look-alike: a JAX model averages the softmax of each window over the windows axis and takes the log of that mixture for a hand-written NLL, must stay silent."""
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
    log_probs = jnp.log(probs + 1e-8)
    return -jnp.mean(jnp.take_along_axis(log_probs, labels[:, None], axis=1))
