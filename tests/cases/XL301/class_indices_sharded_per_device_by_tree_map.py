"""Bug: class indices reshaped per device by a `tree_map` shard helper reach a one-hot loss under pmap."""
import jax
import jax.numpy as jnp
import numpy as np
import optax
import tensorflow_datasets as tfds

n_devices = jax.local_device_count()
train = tfds.load("fashion_mnist", split="train", as_supervised=True).batch(256)


def shard(batch):
    return jax.tree_util.tree_map(lambda x: x.reshape((n_devices, -1) + x.shape[1:]), batch)


def loss_fn(params, images, labels):
    logits = images.reshape(images.shape[0], -1) @ params
    return optax.softmax_cross_entropy(logits, labels).mean()  # expect: XL301


p_grad = jax.pmap(jax.grad(loss_fn), in_axes=(None, 0, 0))
params = jnp.zeros((784, 10))
for images, labels in tfds.as_numpy(train):
    images, labels = shard((np.asarray(images, np.float32) / 255.0, labels))
    grads = p_grad(params, images, labels)
