"""Bug: labels one-hot encoded with flax's common_utils.onehot, then given to optax's integer-label softmax cross-entropy, which expects class indices."""
import jax
import jax.numpy as jnp
import optax
from flax import linen as nn
from flax.training import common_utils


class MLP(nn.Module):
    @nn.compact
    def __call__(self, x):
        return nn.Dense(10)(nn.relu(nn.Dense(64)(x)))


model = MLP()
params = model.init(jax.random.PRNGKey(0), jnp.ones((1, 32)))


def loss_fn(params, x, labels):
    targets = common_utils.onehot(labels, num_classes=10)
    logits = model.apply(params, x)
    return optax.softmax_cross_entropy_with_integer_labels(logits, targets).mean()  # expect: XL302
