"""Bug: a custom loss takes tf.math.log of tf.nn.softmax instead of log_softmax."""
import tensorflow as tf
model = tf.keras.Sequential([tf.keras.layers.Dense(64, activation="relu"), tf.keras.layers.Dense(10)])
def xent(y_true, logits):
    log_probs = tf.math.log(tf.nn.softmax(logits, axis=-1))  # expect: XL104
    return -tf.reduce_sum(y_true * log_probs, axis=-1)
model.compile(optimizer="adam", loss=xent)
