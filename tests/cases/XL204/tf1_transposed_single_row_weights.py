"""Bug: a TF1 head multiplies by one transposed weight row, so the softmax loss sees one logit."""
# W is (1, 64) and is used transposed: the logits are (N, 1), and softmax over one logit is 1.
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 64])
y = tf.placeholder(tf.float32, [None, 1])
W = tf.Variable(tf.random_normal([1, 64], stddev=0.1))
b = tf.Variable(tf.zeros([1]))
logits = tf.matmul(x, W, transpose_b=True) + b
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y, logits=logits))  # expect: XL204
train_op = tf.train.AdamOptimizer(1e-3).minimize(loss)
