"""Bug: TF1 graphs whose class indices (from a dataset iterator, or an integer vector placeholder) meet a one-hot loss."""
# The sparse loss on the same labels, and a float (N, C) placeholder, stay silent.
import numpy as np
import tensorflow as tf

x_data = np.random.rand(1000, 20).astype(np.float32)
y_data = np.random.randint(0, 5, size=(1000,))
dataset = tf.data.Dataset.from_tensor_slices((x_data, y_data)).shuffle(1000).batch(64).repeat()
iterator = tf.compat.v1.data.make_one_shot_iterator(dataset)
features, labels = iterator.get_next()

hidden = tf.layers.dense(features, 64, activation=tf.nn.relu)
logits = tf.layers.dense(hidden, 5)
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=logits))  # expect: XL301
sparse = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits))

x = tf.placeholder(tf.float32, [None, 784])
y = tf.placeholder(tf.int64, [None])
y_onehot = tf.placeholder(tf.float32, [None, 10])
W = tf.Variable(tf.zeros([784, 10]))
b = tf.Variable(tf.zeros([10]))
scores = tf.matmul(x, W) + b
wrong = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y, logits=scores))  # expect: XL301
right = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=scores))
also_right = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y_onehot, logits=scores))
