"""Bug: optax.smooth_labels applied to integer class indices, then softmax_cross_entropy; smoothing one-hot rows must stay silent (and the index loss is no fix for floats)."""
import jax
import jax.numpy as jnp
import optax
from flax import linen as nn


class Classifier(nn.Module):
    @nn.compact
    def __call__(self, x):
        x = nn.relu(nn.Dense(128)(x))
        return nn.Dense(10)(x)


model = Classifier()
labels = jax.random.randint(jax.random.PRNGKey(1), (64,), 0, 10)


def loss_fn(params, x, y):
    logits = model.apply(params, x)
    targets = optax.smooth_labels(y, 0.1)
    return optax.softmax_cross_entropy(logits, targets).mean()  # expect: XL301


def good_loss_fn(params, x, y):
    logits = model.apply(params, x)
    targets = optax.smooth_labels(jax.nn.one_hot(y, 10), 0.1)
    return optax.softmax_cross_entropy(logits, targets).mean()


params = model.init(jax.random.PRNGKey(0), jnp.ones((1, 32)))
loss_fn(params, jnp.ones((8, 32)), labels)
good_loss_fn(params, jnp.ones((8, 32)), labels)
