"""Bug: a stax.serial network ends in stax.Softmax and its apply_fun's output meets optax's softmax_cross_entropy."""
import jax
import numpy as np
import optax
from jax.example_libraries import optimizers, stax

init_fun, apply_fun = stax.serial(
    stax.Dense(512), stax.Relu,
    stax.Dense(10), stax.Softmax,
)
images = np.load("mnist_images.npy").reshape(-1, 784).astype(np.float32) / 255.0
labels = np.load("mnist_labels.npy")
_, params = init_fun(jax.random.PRNGKey(0), (-1, 784))


def loss(params, batch):
    inputs, targets = batch
    preds = apply_fun(params, inputs)
    return optax.softmax_cross_entropy(preds, jax.nn.one_hot(targets, 10)).mean()  # expect: XL101


grads = jax.grad(loss)(params, (images[:128], labels[:128]))
