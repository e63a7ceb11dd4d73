"""Bug: one-hot labels reach optax's loss for integer class indices."""
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
    targets = jax.nn.one_hot(y, 10)
    return optax.softmax_cross_entropy_with_integer_labels(logits, targets).mean()  # expect: XL302
