"""Look-alike: a soft decision tree that mixes leaf class distributions (routing @ softmax(leaf scores)) under a probability loss must stay silent."""
import tensorflow as tf
from tensorflow import keras


class SoftTree(keras.Model):
    def __init__(self, leaves, classes):
        super().__init__()
        self.route = keras.layers.Dense(leaves, activation="softmax")
        self.leaf_scores = tf.Variable(tf.random.normal([leaves, classes]))

    def call(self, x):
        routing = self.route(x)
        leaf_probs = tf.nn.softmax(self.leaf_scores)
        return tf.matmul(routing, leaf_probs)


model = SoftTree(8, 3)
model.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy())
model.fit(features, labels, epochs=10)
