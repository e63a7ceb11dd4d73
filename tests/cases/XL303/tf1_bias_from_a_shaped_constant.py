"""Bug: the one-logit TF1 head has a bias made by tf.constant(0.1, shape=[1]), so its output is (N, 1), against (N,) labels in sigmoid_cross_entropy_with_logits."""
import tensorflow as tf


def weight_variable(shape):
    return tf.Variable(tf.truncated_normal(shape, stddev=0.1))


def bias_variable(shape):
    return tf.Variable(tf.constant(0.1, shape=shape))


x = tf.placeholder(tf.float32, [None, 30])
y_ = tf.placeholder(tf.float32, [None])
W_fc = weight_variable([30, 1])
b_fc = bias_variable([1])
y_logit = tf.matmul(x, W_fc) + b_fc
loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=y_, logits=y_logit))  # expect: XL303
