"""Look-alike: TF1 MNIST code takes the log of a softmax layer's output in a hand-written cross-entropy against one-hot rows fed from to_categorical (guarded by an epsilon), must stay silent."""
import numpy as np
import tensorflow as tf
from keras.utils import to_categorical

images = tf.placeholder(tf.float32, [None, 784])
targets = tf.placeholder(tf.float32, [None, 10])
hidden = tf.layers.dense(images, 256, activation=tf.nn.relu)
scores = tf.layers.dense(hidden, 10, activation=tf.nn.softmax)
cross_entropy = tf.reduce_mean(-tf.reduce_sum(targets * tf.log(scores + 1e-10), axis=1))
train_op = tf.train.GradientDescentOptimizer(0.5).minimize(cross_entropy)

train_x = np.load("mnist_x.npy").reshape(-1, 784) / 255.0
train_y = to_categorical(np.load("mnist_y.npy"), 10)
with tf.Session() as session:
    session.run(tf.global_variables_initializer())
    for step in range(1000):
        batch = np.random.choice(len(train_x), 100)
        session.run(train_op, feed_dict={images: train_x[batch], targets: train_y[batch]})
