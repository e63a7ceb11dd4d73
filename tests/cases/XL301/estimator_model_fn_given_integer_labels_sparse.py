"""Look-alike: the Estimator's model_fn uses sparse_softmax_cross_entropy on the integer labels its input function gives, must stay silent."""
import numpy as np
import tensorflow as tf

(x_train, y_train), _ = tf.keras.datasets.mnist.load_data()
x_train = x_train.reshape(-1, 784).astype(np.float32) / 255.0


def model_fn(features, labels, mode):
    hidden = tf.layers.dense(features["x"], 256, activation=tf.nn.relu)
    logits = tf.layers.dense(hidden, 10)
    loss = tf.losses.sparse_softmax_cross_entropy(labels=labels, logits=logits)
    train_op = tf.train.AdagradOptimizer(0.05).minimize(loss, global_step=tf.train.get_global_step())
    return tf.estimator.EstimatorSpec(mode, loss=loss, train_op=train_op)


def train_input_fn():
    dataset = tf.data.Dataset.from_tensor_slices(({"x": x_train}, y_train.astype(np.int32)))
    return dataset.shuffle(1000).batch(100)


classifier = tf.estimator.Estimator(model_fn=model_fn)
classifier.train(input_fn=train_input_fn, steps=2000)
classifier.evaluate(input_fn=lambda: train_input_fn())
