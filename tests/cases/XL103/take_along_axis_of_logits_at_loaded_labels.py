"""Bug: an NLL written by hand gathers each sample's raw logit at its label (take_along_axis with the labels made a column) and negates it, so the loss is unbounded below."""
import jax
import jax.numpy as jnp
import numpy as np
from flax import linen as nn


class MLP(nn.Module):
    @nn.compact
    def __call__(self, x):
        return nn.Dense(10)(nn.relu(nn.Dense(64)(x)))


images, labels = np.load("images.npy"), np.load("labels.npy")
model = MLP()
params = model.init(jax.random.PRNGKey(0), images[:1])


def loss_fn(params, xb, yb):
    logits = model.apply(params, xb)
    return -jnp.mean(jnp.take_along_axis(logits, yb[:, None], axis=-1))  # expect: XL103


grads = jax.grad(loss_fn)(params, images, labels)
