"""Bug: flax Sequentials ending in partial(nn.softmax, axis=-1) and in a lambda softmax meet optax's integer-label cross-entropy."""
from functools import partial

import flax.linen as nn
import jax
import numpy as np
import optax

X = np.random.rand(600, 30).astype(np.float32)
y = np.random.randint(0, 3, 600)

model = nn.Sequential([nn.Dense(64), nn.relu, nn.Dense(3), partial(nn.softmax, axis=-1)])
params = model.init(jax.random.PRNGKey(0), X)
loss = optax.softmax_cross_entropy_with_integer_labels(model.apply(params, X), y)  # expect: XL101

other = nn.Sequential([nn.Dense(64), nn.relu, nn.Dense(3), lambda x: nn.softmax(x, axis=-1)])
other_params = other.init(jax.random.PRNGKey(1), X)
other_loss = optax.softmax_cross_entropy_with_integer_labels(other.apply(other_params, X), y)  # expect: XL101
