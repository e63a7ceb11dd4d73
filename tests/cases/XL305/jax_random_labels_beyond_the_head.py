"""Bug: `jax.random.randint` labels in [0, 10) for a flax head of 5 units."""
# The same draw for a 10-unit head stays silent.
import jax
import jax.numpy as jnp
import optax
from flax import linen as nn

key = jax.random.PRNGKey(0)
x = jax.random.normal(key, (64, 16))
labels = jax.random.randint(key, (64,), 0, 10)

small = nn.Dense(5)  # expect: XL305
wide = nn.Dense(10)
small_params = small.init(key, x)
wide_params = wide.init(key, x)
loss = optax.softmax_cross_entropy_with_integer_labels(small.apply(small_params, x), labels).mean()
fine = optax.softmax_cross_entropy_with_integer_labels(wide.apply(wide_params, x), labels).mean()
