"""Bug: a hand-written `-sum(y * log(p))` on a multi-unit sigmoid, and an NLL picked from a log-sigmoid."""
# Silent look-alikes: the same term on multi-hot labels (half of a binary cross-entropy), the
# whole binary cross-entropy, its two terms reduced apart, and log_softmax before the pick.
import jax
import jax.numpy as jnp
import numpy as np
from flax import linen as nn
from sklearn.preprocessing import MultiLabelBinarizer

onehot = jax.nn.one_hot(np.random.randint(0, 5, size=(64,)), 5)
indices = np.random.randint(0, 5, size=(64,))
multihot = MultiLabelBinarizer().fit_transform([["a", "b"], ["c"], ["d", "e"]])
x = jnp.ones((64, 8))


class Net(nn.Module):
    @nn.compact
    def __call__(self, x):
        return nn.Dense(5)(nn.relu(nn.Dense(32)(x)))


model = Net()
params = model.init(jax.random.PRNGKey(0), x[:1])


def categorical_on_sigmoid(params):
    probs = jax.nn.sigmoid(model.apply(params, x))
    return -jnp.sum(onehot * jnp.log(probs + 1e-7), axis=-1).mean()  # expect: XL202


def nll_on_log_sigmoid(params, y):
    log_probs = jax.nn.log_sigmoid(model.apply(params, x))
    return -jnp.take_along_axis(log_probs, y[:, None], axis=-1).mean()  # expect: XL202


def positive_term_on_multihot(params):
    probs = jax.nn.sigmoid(model.apply(params, x))
    return -jnp.sum(multihot * jnp.log(probs + 1e-7), axis=-1).mean()


def binary_cross_entropy(params):
    p = jax.nn.sigmoid(model.apply(params, x))
    return -jnp.mean(onehot * jnp.log(p + 1e-7) + (1 - onehot) * jnp.log(1 - p + 1e-7))


def binary_cross_entropy_terms_reduced_apart(params):
    p = jnp.clip(jax.nn.sigmoid(model.apply(params, x)), 1e-7, 1 - 1e-7)
    positive = jnp.sum(onehot * jnp.log(p), axis=-1)
    negative = jnp.sum((1.0 - onehot) * jnp.log(1.0 - p), axis=-1)
    return -jnp.mean(positive + negative)


def nll_on_log_softmax(params, y):
    log_probs = jax.nn.log_softmax(model.apply(params, x))
    return -jnp.take_along_axis(log_probs, y[:, None], axis=-1).mean()


for f in (categorical_on_sigmoid, positive_term_on_multihot, binary_cross_entropy,
          binary_cross_entropy_terms_reduced_apart):
    f(params)
nll_on_log_sigmoid(params, indices)
nll_on_log_softmax(params, indices)
