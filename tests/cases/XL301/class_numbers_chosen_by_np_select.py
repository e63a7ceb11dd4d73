"""Bug: class numbers chosen by np.select (0, 1, default 2) reach optax.softmax_cross_entropy, which expects one-hot rows; the same numbers one-hot encoded, or given to the integer-label loss, and a select whose default is no class (-1), must stay silent."""
import flax.linen as nn
import jax
import jax.numpy as jnp
import numpy as np
import optax

data = np.load("scores.npz")
score = data["score"]
labels = np.select([score < 0.3, score < 0.7], [0, 1], default=2)
X, Y = jnp.asarray(data["x"]), jnp.asarray(labels)


class Classifier(nn.Module):
    @nn.compact
    def __call__(self, x):
        return nn.Dense(3)(nn.relu(nn.Dense(64)(x)))


model = Classifier()
params = model.init(jax.random.PRNGKey(0), X[:1])
logits = model.apply(params, X)
loss = optax.softmax_cross_entropy(logits, Y).mean()  # expect: XL301
loss = optax.softmax_cross_entropy(logits, jax.nn.one_hot(Y, 3)).mean()
loss = optax.softmax_cross_entropy_with_integer_labels(logits, Y).mean()
masked = jnp.asarray(np.select([score < 0.3, score < 0.7], [0, 1], default=-1))
loss = optax.softmax_cross_entropy(logits, masked).mean()
