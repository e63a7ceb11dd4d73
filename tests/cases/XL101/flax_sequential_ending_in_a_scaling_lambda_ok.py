"""Look-alike: a flax Sequential ending in a lambda that scales the logits, and one with a log_softmax partial before NLL by hand, must stay silent."""
from functools import partial

import flax.linen as nn
import jax
import jax.numpy as jnp
import numpy as np
import optax

X = np.random.rand(600, 30).astype(np.float32)
y = np.random.randint(0, 3, 600)

model = nn.Sequential([nn.Dense(64), nn.relu, nn.Dense(3), lambda logits: logits / 2.0])
params = model.init(jax.random.PRNGKey(0), X)
loss = optax.softmax_cross_entropy_with_integer_labels(model.apply(params, X), y).mean()

log_model = nn.Sequential([nn.Dense(3), partial(nn.log_softmax, axis=-1)])
log_params = log_model.init(jax.random.PRNGKey(1), X)
log_probs = log_model.apply(log_params, X)
nll = -jnp.mean(jnp.take_along_axis(log_probs, y[:, None], axis=1))
