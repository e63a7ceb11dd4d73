"""Bug: an equinox model whose layers are a list written out (the last jax.nn.softmax) applied in turn by a loop in __call__ (with parts not known here, a pooling layer, jnp.ravel), trained with optax's integer-label softmax cross-entropy; the same list ending in the last Linear must stay silent."""
import equinox as eqx
import jax
import jax.numpy as jnp
import optax


class MLP(eqx.Module):
    layers: list

    def __init__(self, key):
        k1, k2 = jax.random.split(key)
        self.layers = [eqx.nn.Linear(784, 64, key=k1), jax.nn.relu,
                       eqx.nn.Linear(64, 10, key=k2), jax.nn.softmax]

    def __call__(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


class LogitMLP(eqx.Module):
    layers: list

    def __init__(self, key):
        k1, k2 = jax.random.split(key)
        self.layers = [eqx.nn.Linear(784, 64, key=k1), jax.nn.relu,
                       eqx.nn.Linear(64, 10, key=k2)]

    def __call__(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


def loss(model, x, y):
    logits = jax.vmap(model)(x)
    return optax.softmax_cross_entropy_with_integer_labels(logits, y).mean()  # expect: XL101


model = MLP(jax.random.PRNGKey(0))
value, grads = eqx.filter_value_and_grad(loss)(model, images, labels)
twin = LogitMLP(jax.random.PRNGKey(1))
value, grads = eqx.filter_value_and_grad(loss)(twin, images, labels)


class CNN(eqx.Module):
    layers: list

    def __init__(self, key):
        k1, k2 = jax.random.split(key)
        self.layers = [eqx.nn.Conv2d(1, 3, kernel_size=4, key=k1), eqx.nn.MaxPool2d(kernel_size=2),
                       jax.nn.relu, jnp.ravel, eqx.nn.Linear(1728, 10, key=k2), jax.nn.softmax]

    def __call__(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


def cnn_loss(model, x, y):
    return optax.softmax_cross_entropy_with_integer_labels(  # expect: XL101
        jax.vmap(model)(x), y).mean()


cnn = CNN(jax.random.PRNGKey(2))
value, grads = eqx.filter_value_and_grad(cnn_loss)(cnn, images, labels)
