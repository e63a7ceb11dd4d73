"""Bug: a hand-written cross-entropy on log_softmax outputs multiplies by class indices instead of one-hot rows."""
import flax.linen as nn
import jax
import jax.numpy as jnp
import tensorflow_datasets as tfds

mnist = tfds.as_numpy(tfds.load(name="mnist", batch_size=-1))
train = mnist["train"]
images, labels = train["image"].reshape(-1, 784) / 255.0, train["label"]
net = nn.Dense(10)
params = net.init(jax.random.PRNGKey(0), images[:1])


def loss(params, images, targets):
    log_probs = jax.nn.log_softmax(net.apply(params, images))
    return -jnp.mean(jnp.sum(log_probs * targets, axis=1))  # expect: XL301


value = loss(params, images, labels)
