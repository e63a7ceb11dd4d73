"""Look-alike: (N, 1) class indices fed to a TF1 placeholder that is squeezed before the loss must stay silent."""
# The feed is a column of class indices, but the graph squeezes the placeholder, so the sparse
# loss receives (N,) labels.
import numpy as np
import tensorflow as tf

features = np.random.rand(512, 20).astype(np.float32)
targets = np.random.randint(0, 4, size=(512, 1))

x = tf.placeholder(tf.float32, [None, 20])
y_ = tf.placeholder(tf.int64, [None, 1])
W = tf.Variable(tf.zeros([20, 4]))
b = tf.Variable(tf.zeros([4]))
logits = tf.matmul(x, W) + b
labels = tf.squeeze(y_, axis=1)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits))
train_step = tf.train.AdamOptimizer(1e-3).minimize(loss)

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(100):
        sess.run(train_step, feed_dict={x: features, y_: targets})
