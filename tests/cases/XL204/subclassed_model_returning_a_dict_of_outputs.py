"""Bug: a subclassed Keras model returns a dict of two outputs; the one-unit sigmoid parity output is compiled with categorical_crossentropy by the loss dict."""
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
        return {"digit": self.digit_head(features), "parity": self.parity_head(features)}


model = DigitNet()
model.compile(optimizer="adam",
              loss={"digit": "sparse_categorical_crossentropy",
                    "parity": "categorical_crossentropy"})  # expect: XL204
