"""Bug: a custom loss given to compile() (never fit here) calls `K.categorical_crossentropy(from_logits=True)` on a softmax head."""
# The same custom loss on a model with a linear head stays silent.
import tensorflow as tf
from tensorflow.keras import backend as K

inputs = tf.keras.Input((20,))
probs_model = tf.keras.Model(inputs, tf.keras.layers.Dense(10, activation="softmax")(inputs))
logits_model = tf.keras.Model(inputs, tf.keras.layers.Dense(10)(inputs))


def smoothed_loss(y_true, y_pred):
    y_true = y_true * 0.9 + 0.01
    return K.categorical_crossentropy(y_true, y_pred, from_logits=True)  # expect: XL101


probs_model.compile(optimizer="adam", loss=smoothed_loss)
logits_model.compile(optimizer="adam", loss=smoothed_loss)
