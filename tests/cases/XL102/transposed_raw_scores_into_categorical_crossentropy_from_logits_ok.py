"""Look-alike: the same transposed logits with from_logits=True, must stay silent."""
import tensorflow as tf


def forward(X, params):
    A1 = tf.keras.activations.relu(tf.matmul(params["W1"], X) + params["b1"])
    A2 = tf.keras.activations.relu(tf.matmul(params["W2"], A1) + params["b2"])
    return tf.matmul(params["W3"], A2) + params["b3"]


def compute_cost(logits, labels):
    return tf.reduce_mean(tf.keras.losses.categorical_crossentropy(
        tf.transpose(labels), tf.transpose(logits), from_logits=True))


def train_step(X, Y, params, optimizer):
    with tf.GradientTape() as tape:
        cost = compute_cost(forward(X, params), Y)
    grads = tape.gradient(cost, list(params.values()))
    optimizer.apply_gradients(zip(grads, params.values()))
    return cost
