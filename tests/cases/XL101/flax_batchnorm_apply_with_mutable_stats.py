"""Bug: a flax module with batch norm ends in softmax; apply(..., mutable=...) returns its output first."""
# With mutable=["batch_stats"], model.apply returns (output, updates): the output is still the
# softmax, fed to an optax loss that applies softmax again.
import jax
import jax.numpy as jnp
import optax
import flax.linen as nn


class Classifier(nn.Module):
    @nn.compact
    def __call__(self, x, train: bool = True):
        x = nn.Dense(128)(x)
        x = nn.BatchNorm(use_running_average=not train)(x)
        x = nn.relu(x)
        return nn.softmax(nn.Dense(10)(x))


model = Classifier()
variables = model.init(jax.random.PRNGKey(0), jnp.ones((1, 32)), train=False)


def loss_fn(params, batch_stats, x, y):
    probs, updates = model.apply({"params": params, "batch_stats": batch_stats}, x,
                                 mutable=["batch_stats"])
    loss = optax.softmax_cross_entropy_with_integer_labels(probs, y).mean()  # expect: XL101
    return loss, updates


def eval_fn(params, batch_stats, x):
    probs = model.apply({"params": params, "batch_stats": batch_stats}, x, train=False,
                        mutable=False)
    return jnp.argmax(probs, axis=-1)


grads, updates = jax.grad(loss_fn, has_aux=True)(
    variables["params"], variables["batch_stats"], jnp.ones((8, 32)), jnp.zeros((8,), jnp.int32))
