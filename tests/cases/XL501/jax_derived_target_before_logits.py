"""Bug: optax's logits slot gets a target derived from the labels."""
import jax
import jax.numpy as jnp
import optax
from flax import linen as nn


class Scorer(nn.Module):
    @nn.compact
    def __call__(self, x):
        return nn.Dense(1)(x)[:, 0]


def loss_fn(params, model, x, y):
    logits = model.apply(params, x)
    target = (y == 1).astype(jnp.float32)
    return optax.sigmoid_binary_cross_entropy(target, logits).mean()  # expect: XL501


model = Scorer()
x = jnp.ones((4, 3))
labels = jnp.array([0, 1, 2, 1])
params = model.init(jax.random.PRNGKey(0), x)
grads = jax.grad(loss_fn)(params, model, x, labels)
