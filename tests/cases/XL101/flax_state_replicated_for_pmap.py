"""Bug: a flax linen classifier ending in a softmax, its TrainState copied to every device with flax.jax_utils.replicate for a pmapped step that applies optax's integer-label softmax cross-entropy."""
from functools import partial

import jax
import jax.numpy as jnp
import optax
from flax import jax_utils
from flax import linen as nn
from flax.training import train_state


class Classifier(nn.Module):
    @nn.compact
    def __call__(self, x):
        x = nn.relu(nn.Dense(128)(x))
        return nn.softmax(nn.Dense(10)(x))


@partial(jax.pmap, axis_name="batch")
def train_step(state, images, labels):
    def loss_fn(params):
        probs = state.apply_fn({"params": params}, images)
        return optax.softmax_cross_entropy_with_integer_labels(probs, labels).mean()  # expect: XL101

    grads = jax.grad(loss_fn)(state.params)
    grads = jax.lax.pmean(grads, axis_name="batch")
    return state.apply_gradients(grads=grads)


model = Classifier()
params = model.init(jax.random.PRNGKey(0), jnp.ones((1, 784)))["params"]
state = train_state.TrainState.create(apply_fn=model.apply, params=params, tx=optax.adam(1e-3))
state = jax_utils.replicate(state)
for images, labels in batches:
    state = train_step(state, images, labels)
state = jax_utils.unreplicate(state)
