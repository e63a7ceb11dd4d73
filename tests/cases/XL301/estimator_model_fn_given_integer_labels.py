"""Bug: an Estimator's model_fn computes softmax_cross_entropy on its labels, which numpy_input_fn feeds from MNIST's integer class indices."""
import numpy as np
import tensorflow as tf

(x_train, y_train), _ = tf.keras.datasets.mnist.load_data()
x_train = x_train.reshape(-1, 784).astype(np.float32) / 255.0


def model_fn(features, labels, mode):
    hidden = tf.layers.dense(features["x"], 256, activation=tf.nn.relu)
    logits = tf.layers.dense(hidden, 10)
    loss = tf.losses.softmax_cross_entropy(onehot_labels=labels, logits=logits)  # expect: XL301
    optimizer = tf.train.AdagradOptimizer(learning_rate=0.05)
    train_op = optimizer.minimize(loss, global_step=tf.train.get_global_step())
    return tf.estimator.EstimatorSpec(mode, loss=loss, train_op=train_op)


classifier = tf.estimator.Estimator(model_fn=model_fn, model_dir="/tmp/mnist")
train_input_fn = tf.estimator.inputs.numpy_input_fn(x={"x": x_train}, y=y_train, batch_size=100,
                                                    num_epochs=None, shuffle=True)
classifier.train(input_fn=train_input_fn, steps=2000)
