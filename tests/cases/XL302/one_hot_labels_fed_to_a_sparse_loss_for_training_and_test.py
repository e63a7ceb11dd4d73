"""Bug: a TF1 placeholder fed one-hot labels both for training and for testing reaches a sparse loss; the index labels fed the same way must stay silent."""
import tensorflow as tf
from keras.datasets import mnist
from keras.utils import to_categorical

(x_train, y_train), (x_test, y_test) = mnist.load_data()
Y_train, Y_test = to_categorical(y_train, 10), to_categorical(y_test, 10)
x = tf.placeholder(tf.float32, [None, 784])
y_ = tf.placeholder(tf.int32, [None, 10])
logits = tf.layers.dense(x, 10)
loss = tf.losses.sparse_softmax_cross_entropy(labels=y_, logits=logits)  # expect: XL302
train_op = tf.train.AdamOptimizer(1e-3).minimize(loss)

y_index = tf.placeholder(tf.int32, [None])
index_loss = tf.losses.sparse_softmax_cross_entropy(labels=y_index, logits=logits)
with tf.Session() as sess:
    sess.run(train_op, {x: x_train, y_: Y_train})
    print(sess.run(loss, {x: x_test, y_: Y_test}))
    print(sess.run(index_loss, {x: x_train, y_index: y_train}))
    print(sess.run(index_loss, {x: x_test, y_index: y_test}))
