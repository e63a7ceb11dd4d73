"""Bug: load_wine's three classes are trained on a flax head with two outputs."""
import jax
import jax.numpy as jnp
import optax
from flax import linen as nn
from sklearn.datasets import load_wine

X, y = load_wine(return_X_y=True)
X, y = jnp.asarray(X, dtype=jnp.float32), jnp.asarray(y)


class Net(nn.Module):
    @nn.compact
    def __call__(self, x):
        return nn.Dense(2)(nn.relu(nn.Dense(16)(x)))  # expect: XL305


model = Net()
params = model.init(jax.random.PRNGKey(0), X)


def loss_fn(params):
    logits = model.apply(params, X)
    return optax.softmax_cross_entropy_with_integer_labels(logits, y).mean()


loss, grads = jax.value_and_grad(loss_fn)(params)
