"""Bug: the flax model ends in softmax and train_step(state, *batch) hands its state (whatever the batch unpacks to) to a step that applies optax's integer-label cross-entropy."""
import jax
import jax.numpy as jnp
import optax
from flax import linen as nn
from flax.training import train_state

from data import make_batches


class Classifier(nn.Module):
    classes: int = 10

    @nn.compact
    def __call__(self, x):
        x = nn.relu(nn.Dense(128)(x))
        return nn.softmax(nn.Dense(self.classes)(x))


model = Classifier()
params = model.init(jax.random.PRNGKey(0), jnp.ones((1, 784)))["params"]
state = train_state.TrainState.create(apply_fn=model.apply, params=params, tx=optax.adam(1e-3))


@jax.jit
def train_step(state, images, labels):
    def loss_fn(params):
        scores = state.apply_fn({"params": params}, images)
        return optax.softmax_cross_entropy_with_integer_labels(scores, labels).mean()  # expect: XL101

    loss, grads = jax.value_and_grad(loss_fn)(state.params)
    return state.apply_gradients(grads=grads), loss


for epoch in range(10):
    for batch in make_batches(epoch):
        state, loss = train_step(state, *batch)
