"""Bug: an optax softmax loss is applied to the probabilities of the model module."""
import jax
import jax.numpy as jnp
import optax
from flax.training import train_state

from model import MLP


def create_state(rng):
    model = MLP()
    params = model.init(rng, jnp.ones((1, 784)))["params"]
    return train_state.TrainState.create(apply_fn=model.apply, params=params, tx=optax.adam(1e-3))


@jax.jit
def train_step(state, images, labels):
    def loss_fn(params):
        logits = state.apply_fn({"params": params}, images)
        return optax.softmax_cross_entropy_with_integer_labels(logits, labels).mean()  # expect: XL101

    loss, grads = jax.value_and_grad(loss_fn)(state.params)
    return state.apply_gradients(grads=grads), loss


state = create_state(jax.random.PRNGKey(0))
for images, labels in batches:
    state, loss = train_step(state, images, labels)
