"""Bug: softmax over axis 0 of a batch of scores x @ W normalises each class over the batch."""
import tensorflow as tf

x = tf.compat.v1.placeholder(tf.float32, [None, 784])
W = tf.Variable(tf.zeros([784, 10]))
b = tf.Variable(tf.zeros([10]))
y = tf.nn.softmax(tf.matmul(x, W) + b, axis=0)  # expect: XL105
