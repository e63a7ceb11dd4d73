"""Look-alike: an NLL written by hand gathers each sample's log-probability (log_softmax) at its label, must stay silent."""
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
    log_probs = jax.nn.log_softmax(logits)
    return -jnp.mean(jnp.take_along_axis(log_probs, jnp.expand_dims(yb, -1), axis=-1))


grads = jax.grad(loss_fn)(params, images, labels)
