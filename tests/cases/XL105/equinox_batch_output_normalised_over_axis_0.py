"""Bug: the batch that jax.vmap makes of an equinox model's outputs is normalised over axis 0, the batch axis."""
import equinox as eqx
import jax
import jax.numpy as jnp

model = eqx.nn.MLP(32, 5, 64, 2, key=jax.random.PRNGKey(0))
x = jax.random.normal(jax.random.PRNGKey(1), (128, 32))
logits = jax.vmap(model)(x)
probs = jax.nn.softmax(logits, axis=0)  # expect: XL105
predicted = jnp.argmax(probs, axis=-1)
