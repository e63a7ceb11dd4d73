"""Bug: MNIST labels converted with jnp.int32(...) (a scalar type called on the array) reach optax.softmax_cross_entropy; the same labels one-hot encoded with jax.nn.one_hot must stay silent."""
import flax.linen as nn
import jax
import jax.numpy as jnp
import optax
import tensorflow_datasets as tfds

ds = tfds.as_numpy(tfds.load("mnist", split="train", batch_size=-1))
images = jnp.float32(ds["image"]) / 255.0
labels = jnp.int32(ds["label"])


class CNN(nn.Module):
    @nn.compact
    def __call__(self, x):
        x = nn.relu(nn.Conv(32, (3, 3))(x))
        x = x.reshape((x.shape[0], -1))
        return nn.Dense(10)(x)


cnn = CNN()
params = cnn.init(jax.random.PRNGKey(0), images[:1])["params"]


def loss_fn(params):
    logits = cnn.apply({"params": params}, images)
    return optax.softmax_cross_entropy(logits, labels).mean()  # expect: XL301


def one_hot_loss_fn(params):
    logits = cnn.apply({"params": params}, images)
    return optax.softmax_cross_entropy(logits, jax.nn.one_hot(labels, 10)).mean()


grads = jax.grad(loss_fn)(params)
one_hot_grads = jax.grad(one_hot_loss_fn)(params)
