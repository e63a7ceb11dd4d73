"""Bug: class indices from a tfds dataset of dict records (batch["label"], batch_size=-1 arrays, tfds.as_numpy batches) reach optax.softmax_cross_entropy; records mapped to one-hot labels and to (image, one_hot) pairs must stay silent."""
import flax.linen as nn
import jax
import jax.numpy as jnp
import optax
import tensorflow as tf
import tensorflow_datasets as tfds


class CNN(nn.Module):
    @nn.compact
    def __call__(self, x):
        x = nn.relu(nn.Conv(32, (3, 3))(x))
        x = x.reshape((x.shape[0], -1))
        return nn.Dense(10)(x)


model = CNN()
params = model.init(jax.random.PRNGKey(0), jnp.ones((1, 28, 28, 1)))


def loss_fn(params, batch):
    logits = model.apply(params, batch["image"])
    return optax.softmax_cross_entropy(logits, batch["label"]).mean()  # expect: XL301


train_ds = tfds.load("mnist", split="train").shuffle(1024).batch(128)
for batch in tfds.as_numpy(train_ds):
    loss_fn(params, batch)

full = tfds.as_numpy(tfds.load("fashion_mnist", split="train", batch_size=-1))
full_loss = optax.softmax_cross_entropy(model.apply(params, full["image"]), full["label"])  # expect: XL301


def to_one_hot(record):
    return {"image": tf.cast(record["image"], tf.float32) / 255.0,
            "label": tf.one_hot(record["label"], 10)}


def onehot_loss(params, batch):
    return optax.softmax_cross_entropy(model.apply(params, batch["image"]), batch["label"]).mean()


for batch in tfds.as_numpy(tfds.load("mnist", split="train").map(to_one_hot).batch(128)):
    onehot_loss(params, batch)

pairs = tfds.load("kmnist", split="train").map(lambda r: (r["image"], tf.one_hot(r["label"], 10)))
for images, targets in tfds.as_numpy(pairs.batch(64)):
    pair_loss = optax.softmax_cross_entropy(model.apply(params, images), targets).mean()
