"""Bug: in a TF2 GradientTape loop, sparse_softmax_cross_entropy_with_logits(logits, labels) positionally swaps them (TF2 takes labels first)."""
import tensorflow as tf

(x_train, y_train), _ = tf.keras.datasets.mnist.load_data()
x_train = x_train.reshape(-1, 784).astype("float32") / 255
W = tf.Variable(tf.random.normal([784, 10], stddev=0.05))
b = tf.Variable(tf.zeros([10]))
optimizer = tf.optimizers.SGD(0.1)

for step in range(100):
    xb, yb = x_train[step * 64:(step + 1) * 64], y_train[step * 64:(step + 1) * 64]
    with tf.GradientTape() as tape:
        logits = tf.matmul(xb, W) + b
        loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(logits, yb))  # expect: XL501
    optimizer.apply_gradients(zip(tape.gradient(loss, [W, b]), [W, b]))
