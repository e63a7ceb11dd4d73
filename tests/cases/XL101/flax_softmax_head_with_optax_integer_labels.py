"""Bug: a flax module that ends in softmax is trained with an optax loss that applies softmax again."""
import jax
import jax.numpy as jnp
import optax
import flax.linen as nn
from flax.training import train_state


class Classifier(nn.Module):
    num_classes: int = 10

    @nn.compact
    def __call__(self, x):
        x = nn.relu(nn.Dense(256)(x))
        return nn.softmax(nn.Dense(self.num_classes)(x))


def create_state(rng):
    model = Classifier()
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
