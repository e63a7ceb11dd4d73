"""Look-alike: integer class indices with optax's integer-label loss must stay silent."""
import jax
import optax
import flax.linen as nn


class Net(nn.Module):
    @nn.compact
    def __call__(self, x):
        return nn.Dense(10)(nn.relu(nn.Dense(128)(x)))


model = Net()


def loss_fn(params, x, y):
    logits = model.apply({"params": params}, x)
    labels = jax.random.randint(jax.random.PRNGKey(0), (32,), 0, 10)
    return optax.softmax_cross_entropy_with_integer_labels(logits, labels).mean()
