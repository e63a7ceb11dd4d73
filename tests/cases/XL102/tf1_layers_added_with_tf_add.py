"""Bug: a TF1 network whose layers are written with tf.add(tf.matmul(...), bias) gives raw scores, and the hand-written cross-entropy takes their log."""
import tensorflow as tf

n_input, n_hidden, n_classes = 784, 256, 10
X = tf.placeholder("float", [None, n_input])
Y = tf.placeholder("float", [None, n_classes])
weights = {
    "h1": tf.Variable(tf.random_normal([n_input, n_hidden])),
    "out": tf.Variable(tf.random_normal([n_hidden, n_classes])),
}
biases = {
    "b1": tf.Variable(tf.random_normal([n_hidden])),
    "out": tf.Variable(tf.random_normal([n_classes])),
}


def multilayer_perceptron(x):
    layer_1 = tf.nn.relu(tf.add(tf.matmul(x, weights["h1"]), biases["b1"]))
    return tf.add(tf.matmul(layer_1, weights["out"]), biases["out"])


logits = multilayer_perceptron(X)
loss_op = tf.reduce_mean(-tf.reduce_sum(Y * tf.log(logits), axis=1))  # expect: XL102
train_op = tf.train.AdamOptimizer(0.001).minimize(loss_op)
