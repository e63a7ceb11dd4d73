"""Bug: targets one-hot encoded over 4 classes meet a 3-unit head in a cross-entropy written by hand with log_softmax."""
import jax
import jax.numpy as jnp
import numpy as np
import optax
from flax import nnx


class Classifier(nnx.Module):
    def __init__(self, rngs: nnx.Rngs):
        self.hidden = nnx.Linear(2048, 256, rngs=rngs)
        self.out = nnx.Linear(256, 3, rngs=rngs)

    def __call__(self, x):
        return self.out(jax.nn.relu(self.hidden(x)))


features, classes = np.load("features.npy"), np.load("classes.npy")
targets = jax.nn.one_hot(classes, 4)
model = Classifier(nnx.Rngs(0))
optimizer = nnx.Optimizer(model, optax.adam(1e-3), wrt=nnx.Param)


def loss_fn(model):
    logits = model(features)
    return -jnp.mean(jnp.sum(targets * jax.nn.log_softmax(logits), axis=-1))  # expect: XL305


loss, grads = nnx.value_and_grad(loss_fn)(model)
optimizer.update(model, grads)
