"""Look-alike: logits from value_and_grad's aux value thresholded at 0 must stay silent."""
# The same step, but the accuracy compares the logits with 0, which is probability 0.5.
import jax
import jax.numpy as jnp
import optax
import flax.linen as nn
from flax.training import train_state


class BinaryClassifier(nn.Module):
    @nn.compact
    def __call__(self, x):
        x = nn.relu(nn.Dense(64)(x))
        return nn.Dense(1)(x)


def create_state(rng):
    model = BinaryClassifier()
    params = model.init(rng, jnp.ones((1, 20)))["params"]
    return train_state.TrainState.create(apply_fn=model.apply, params=params, tx=optax.sgd(0.1))


@jax.jit
def train_step(state, x, y):
    def loss_fn(params):
        logits = state.apply_fn({"params": params}, x)
        loss = optax.sigmoid_binary_cross_entropy(logits, y).mean()
        return loss, logits

    (loss, logits), grads = jax.value_and_grad(loss_fn, has_aux=True)(state.params)
    accuracy = jnp.mean((logits > 0) == y)
    return state.apply_gradients(grads=grads), loss, accuracy


state = create_state(jax.random.PRNGKey(0))
for x, y in batches:
    state, loss, accuracy = train_step(state, x, y)
