"""Look-alike: a subclassed Keras model returns a tuple (softmax digits, one-unit sigmoid parity), compiled with a list of losses in that order: sparse categorical, then binary cross-entropy, must stay silent."""
import keras
from keras import layers


class DigitNet(keras.Model):
    def __init__(self):
        super().__init__()
        self.body = layers.Dense(128, activation="relu")
        self.digit_head = layers.Dense(10, activation="softmax")
        self.parity_head = layers.Dense(1, activation="sigmoid")

    def call(self, inputs):
        features = self.body(inputs)
        return self.digit_head(features), self.parity_head(features)


model = DigitNet()
model.compile(optimizer="adam", loss=["sparse_categorical_crossentropy", "binary_crossentropy"])
