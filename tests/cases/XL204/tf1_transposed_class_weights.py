"""Look-alike: a TF1 head with transposed (classes, features) weights must stay silent."""
# W is (10, 64) and used transposed, so the logits have 10 columns; its last dimension (64) and
# a transpose flag that cannot be read say nothing about the width.
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 64])
y = tf.placeholder(tf.float32, [None, 10])
W = tf.Variable(tf.random_normal([10, 64], stddev=0.1))
logits = tf.matmul(x, W, transpose_b=True)
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y, logits=logits))

V = tf.Variable(tf.random_normal([64, 1], stddev=0.1))
scores = tf.matmul(x, V, transpose_b=TRANSPOSED)
other = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y, logits=scores))
