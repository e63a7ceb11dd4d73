"""Look-alike: an equinox module's __call__ sees one sample, so its softmax over axis 0 is over the classes and must stay silent."""
import equinox as eqx
import jax
import jax.numpy as jnp
import optax


class Classifier(eqx.Module):
    hidden: eqx.nn.Linear
    out: eqx.nn.Linear

    def __init__(self, key):
        k1, k2 = jax.random.split(key)
        self.hidden = eqx.nn.Linear(32, 64, key=k1)
        self.out = eqx.nn.Linear(64, 5, key=k2)

    def __call__(self, x):
        h = jax.nn.relu(self.hidden(x))
        return jax.nn.log_softmax(self.out(h), axis=0)


class Scorer(eqx.Module):
    mlp: eqx.nn.MLP

    def __call__(self, x):
        return jax.nn.softmax(self.mlp(x), axis=0)


@eqx.filter_value_and_grad
def loss_fn(model, x, y):
    log_probs = jax.vmap(model)(x)
    return -jnp.mean(jnp.take_along_axis(log_probs, y[:, None], axis=1))


model = Classifier(jax.random.PRNGKey(0))
x = jax.random.normal(jax.random.PRNGKey(1), (128, 32))
y = jax.random.randint(jax.random.PRNGKey(2), (128,), 0, 5)
loss, grads = loss_fn(model, x, y)
