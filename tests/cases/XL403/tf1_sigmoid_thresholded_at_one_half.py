"""Look-alike: a TF1 graph trained on logits thresholds sigmoid(logits) at 0.5 and must stay silent."""
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 30])
y = tf.placeholder(tf.float32, [None, 1])
hidden = tf.layers.dense(x, 16, activation=tf.nn.relu)
logits = tf.layers.dense(hidden, 1)
loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=y, logits=logits))
train_op = tf.train.AdamOptimizer(1e-3).minimize(loss)
predicted = tf.cast(tf.nn.sigmoid(logits) > 0.5, tf.float32)
accuracy = tf.reduce_mean(tf.cast(tf.equal(predicted, y), tf.float32))
