"""Bug: a hand-written cross-entropy as a custom Keras loss, compiled onto a model with raw logits."""
# The same loss on a softmax head, clipped first, stays silent.
import tensorflow as tf
from tensorflow.keras import backend as K

inputs = tf.keras.Input((20,))
logits_model = tf.keras.Model(inputs, tf.keras.layers.Dense(10)(inputs))
probs_model = tf.keras.Model(inputs, tf.keras.layers.Dense(10, activation="softmax")(inputs))


def cross_entropy(y_true, y_pred):
    y_pred = K.clip(y_pred, K.epsilon(), 1.0 - K.epsilon())
    return -K.sum(y_true * K.log(y_pred), axis=-1)  # expect: XL102


logits_model.compile(optimizer="adam", loss=cross_entropy)
probs_model.compile(optimizer="adam", loss=cross_entropy)
