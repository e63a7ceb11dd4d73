"""Bug: an equinox per-example loss negates the label's entry of raw logits (-out[y]) under jax.vmap."""
import equinox as eqx
import jax
import jax.numpy as jnp
import numpy as np
import optax


class Classifier(eqx.Module):
    mlp: eqx.nn.MLP

    def __init__(self, key):
        self.mlp = eqx.nn.MLP(32, 5, 64, 2, key=key)

    def __call__(self, x):
        return self.mlp(x)


def example_loss(model, x, y):
    out = model(x)
    return -out[y]  # expect: XL103


def batch_loss(model, xs, ys):
    return jnp.mean(jax.vmap(example_loss, in_axes=(None, 0, 0))(model, xs, ys))


X = np.random.randn(1000, 32).astype(np.float32)
Y = np.random.randint(0, 5, 1000)
model = Classifier(jax.random.PRNGKey(0))
optim = optax.adam(1e-3)
loss, grads = eqx.filter_value_and_grad(batch_loss)(model, X, Y)
