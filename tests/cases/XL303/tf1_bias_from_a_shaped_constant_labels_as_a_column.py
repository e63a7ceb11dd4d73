"""Look-alike: the same one-logit head with a tf.constant(0.1, shape=[1]) bias and a scalar tf.Variable(0.0) offset, against (N, 1) labels, must stay silent."""
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 30])
y_ = tf.placeholder(tf.float32, [None, 1])
W_fc = tf.Variable(tf.truncated_normal([30, 1], stddev=0.1))
b_fc = tf.Variable(tf.constant(0.1, shape=[1]))
offset = tf.Variable(0.0)
y_logit = tf.matmul(x, W_fc) + b_fc + offset
loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=y_, logits=y_logit))
