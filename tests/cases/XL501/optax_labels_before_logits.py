"""Bug: optax's loss gets the one-hot labels where the logits go."""
import jax
import optax
import flax.linen as nn


class Net(nn.Module):
    @nn.compact
    def __call__(self, x):
        return nn.Dense(5)(x)


model = Net()


def loss_fn(params, x, y):
    logits = model.apply({"params": params}, x)
    onehot = jax.nn.one_hot(y, 5)
    return optax.softmax_cross_entropy(onehot, logits).mean()  # expect: XL501
