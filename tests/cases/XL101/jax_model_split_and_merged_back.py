"""Bug: an nnx classifier ending in nnx.softmax split into its graph and parameters (nnx.split) and merged back inside the jitted loss (nnx.merge); an equinox MLP with a softmax final activation partitioned and combined the same way: both fed to optax's integer-label softmax cross-entropy."""
import equinox as eqx
import jax
import optax
from flax import nnx


class Classifier(nnx.Module):
    def __init__(self, rngs):
        self.hidden = nnx.Linear(784, 128, rngs=rngs)
        self.out = nnx.Linear(128, 10, rngs=rngs)

    def __call__(self, x):
        return nnx.softmax(self.out(nnx.relu(self.hidden(x))))


model = Classifier(nnx.Rngs(0))
graphdef, state = nnx.split(model, nnx.Param)


@jax.jit
def nnx_loss(state, images, labels):
    net = nnx.merge(graphdef, state)
    return optax.softmax_cross_entropy_with_integer_labels(net(images), labels).mean()  # expect: XL101


mlp = eqx.nn.MLP(784, 10, 128, 2, final_activation=jax.nn.softmax, key=jax.random.PRNGKey(0))
params, static = eqx.partition(mlp, eqx.is_array)


@eqx.filter_jit
def eqx_loss(params, images, labels):
    net = eqx.combine(params, static)
    return optax.softmax_cross_entropy_with_integer_labels(jax.vmap(net)(images), labels).mean()  # expect: XL101
