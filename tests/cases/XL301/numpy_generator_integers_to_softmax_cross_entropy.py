"""Bug: class indices drawn with NumPy's Generator (rng.integers) reach optax's softmax_cross_entropy, which wants one-hot rows."""
import flax.linen as nn
import jax
import numpy as np
import optax

rng = np.random.default_rng(seed=0)
x = rng.normal(size=(256, 20)).astype(np.float32)
y = rng.integers(0, 10, size=256)

model = nn.Dense(10)
params = model.init(jax.random.PRNGKey(0), x)
logits = model.apply(params, x)
loss = optax.softmax_cross_entropy(logits, y).mean()  # expect: XL301
