"""Look-alike: an attention layer that squeezes its Dense(1) scores before the softmax must stay silent."""
import tensorflow as tf
from tensorflow.keras import layers
class AttentionPooling(layers.Layer):
    def __init__(self, units):
        super().__init__()
        self.proj = layers.Dense(units, activation="tanh")
        self.score = layers.Dense(1)
    def call(self, h):
        scores = tf.squeeze(self.score(self.proj(h)), axis=-1)
        weights = tf.nn.softmax(scores, axis=-1)
        return tf.reduce_sum(h * weights[..., None], axis=1)
