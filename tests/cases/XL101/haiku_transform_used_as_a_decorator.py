"""Bug: a forward function decorated with @hk.transform ends in softmax and meets optax's integer-label cross-entropy."""
import haiku as hk
import jax
import jax.numpy as jnp
import numpy as np
import optax


@hk.transform
def classifier(x):
    x = hk.Linear(128)(x)
    x = jax.nn.relu(x)
    return jax.nn.softmax(hk.Linear(4)(x))


x = np.random.rand(64, 20).astype(np.float32)
y = np.random.randint(0, 4, size=64)
params = classifier.init(jax.random.PRNGKey(0), x)
preds = classifier.apply(params, None, x)
loss = optax.softmax_cross_entropy_with_integer_labels(preds, y).mean()  # expect: XL101
