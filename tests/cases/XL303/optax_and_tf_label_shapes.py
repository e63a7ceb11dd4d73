"""Bug: (N,) labels broadcast against a flax (N, 1) output by optax, and (N, 1) class indices given to optax and tf.nn sparse losses."""
# TF1's tf.losses.sparse_softmax_cross_entropy squeezes (N, 1) indices, and (N, 1) labels for
# the (N, 1) output are right: both stay silent.
import jax
import optax
import tensorflow as tf
from flax import linen as nn

key = jax.random.PRNGKey(0)
x = jax.random.normal(key, (64, 16))
flat = jax.random.randint(key, (64,), 0, 2)
column = jax.random.randint(key, (64, 1), 0, 2)
head = nn.Dense(1)
params = head.init(key, x)
loss = optax.sigmoid_binary_cross_entropy(head.apply(params, x), flat).mean()  # expect: XL303
right = optax.sigmoid_binary_cross_entropy(head.apply(params, x), column).mean()

indices = jax.random.randint(key, (64, 1), 0, 10)
classifier = nn.Dense(10)
classifier_params = classifier.init(key, x)
scores = classifier.apply(classifier_params, x)
sparse = optax.softmax_cross_entropy_with_integer_labels(scores, indices).mean()  # expect: XL303
squeezed = optax.softmax_cross_entropy_with_integer_labels(scores, indices[:, 0]).mean()

images = tf.placeholder(tf.float32, [None, 784])
targets = tf.placeholder(tf.int64, [None, 1])
logits = tf.layers.dense(images, 10)
raised = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=targets, logits=logits)  # expect: XL303
tf1 = tf.losses.sparse_softmax_cross_entropy(labels=targets, logits=logits)
