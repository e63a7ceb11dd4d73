"""Look-alike: a TF1 graph with a logits loss on a linear head, softmax only for the accuracy op, must stay silent."""
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 784])
y_onehot = tf.placeholder(tf.float32, [None, 10])
W = tf.Variable(tf.truncated_normal([784, 10], stddev=0.1))
b = tf.Variable(tf.zeros([10]))
logits = tf.matmul(x, W) + b
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y_onehot, logits=logits))
train_op = tf.train.AdamOptimizer(1e-3).minimize(loss)

y_pred = tf.nn.softmax(logits)
correct = tf.equal(tf.argmax(y_pred, 1), tf.argmax(y_onehot, 1))
accuracy = tf.reduce_mean(tf.cast(correct, tf.float32))

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for batch_x, batch_y in batches:
        sess.run(train_op, feed_dict={x: batch_x, y_onehot: batch_y})
