"""Bug: an equinox module whose __call__ ends in jax.nn.softmax, mapped over the batch with jax.vmap, feeds optax.softmax_cross_entropy_with_integer_labels; its twin returning the last layer's output must stay silent."""
import equinox as eqx
import jax
import jax.numpy as jnp
import optax


class Classifier(eqx.Module):
    layers: list

    def __init__(self, key):
        k1, k2 = jax.random.split(key)
        self.layers = [eqx.nn.Linear(784, 128, key=k1), eqx.nn.Linear(128, 10, key=k2)]

    def __call__(self, x):
        x = jax.nn.relu(self.layers[0](x))
        return jax.nn.softmax(self.layers[-1](x))


class Logits(eqx.Module):
    mlp: eqx.nn.MLP

    def __init__(self, key):
        self.mlp = eqx.nn.MLP(784, 10, 128, 2, key=key)

    def __call__(self, x):
        return self.mlp(x)


def loss(model, x, y):
    pred_y = jax.vmap(model)(x)
    return optax.softmax_cross_entropy_with_integer_labels(pred_y, y).mean()  # expect: XL101


def logits_loss(model, x, y):
    pred_y = jax.vmap(model)(x)
    return optax.softmax_cross_entropy_with_integer_labels(pred_y, y).mean()


x = jnp.zeros((64, 784))
y = jnp.zeros((64,), dtype=jnp.int32)
grads = eqx.filter_grad(loss)(Classifier(jax.random.PRNGKey(0)), x, y)
logit_grads = eqx.filter_grad(logits_loss)(Logits(jax.random.PRNGKey(1)), x, y)
