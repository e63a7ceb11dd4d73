"""Bug: a custom Keras layer whose call() ends in a sigmoid is the last layer of a functional model trained with categorical_crossentropy; the same layer ending in a softmax must stay silent."""
import keras
from keras import layers, ops


class TagScores(layers.Layer):
    def __init__(self, n_tags, **kwargs):
        super().__init__(**kwargs)
        self.proj = layers.Dense(n_tags)

    def call(self, hidden):
        return ops.sigmoid(self.proj(hidden))


class TagDistribution(keras.layers.Layer):
    def __init__(self, n_tags):
        super().__init__()
        self.proj = layers.Dense(n_tags)

    def call(self, hidden):
        return ops.softmax(self.proj(hidden))


inputs = keras.Input((128,))
hidden = layers.Dense(64, activation="relu")(inputs)
model = keras.Model(inputs, TagScores(12)(hidden))
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL202

exclusive = keras.Model(inputs, TagDistribution(12)(hidden))
exclusive.compile(optimizer="adam", loss="categorical_crossentropy")
