"""Bug: binary logits returned as the aux value of value_and_grad are thresholded at 0.5."""
# The loss function returns (loss, logits); the step unpacks ((loss, logits), grads) and the
# accuracy treats the logits as probabilities.
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
    accuracy = jnp.mean((logits > 0.5) == y)  # expect: XL403
    return state.apply_gradients(grads=grads), loss, accuracy


state = create_state(jax.random.PRNGKey(0))
for x, y in batches:
    state, loss, accuracy = train_step(state, x, y)
