"""Bug: a flax `nn.Sequential` that ends in `nn.softmax`, applied to its variables (directly or through a lambda) and fed to an optax loss on logits."""
# The same stack without the softmax stays silent.
import jax
import jax.numpy as jnp
import optax
from flax import linen as nn

x = jnp.ones((8, 32))
labels = jnp.zeros((8,), dtype=jnp.int32)

probs_model = nn.Sequential([nn.Dense(64), nn.relu, nn.Dense(10), nn.softmax])
logits_model = nn.Sequential([nn.Dense(64), nn.relu, nn.Dense(10)])


def probs_loss(params):
    return optax.softmax_cross_entropy_with_integer_labels(probs_model.apply(params, x), labels).mean()  # expect: XL101


def logits_loss(params):
    return optax.softmax_cross_entropy_with_integer_labels(logits_model.apply(params, x), labels).mean()


def loss_of(model, params):
    return optax.softmax_cross_entropy_with_integer_labels(model.apply(params, x), labels).mean()  # expect: XL101


grads = jax.grad(lambda p: loss_of(probs_model, p))(probs_model.init(jax.random.PRNGKey(0), x))
