"""Bug: a one-output 10-class softmax model given metrics per output ({"digit": "binary_accuracy"}); a categorical accuracy must stay silent."""
from tensorflow import keras
from tensorflow.keras import layers

inputs = keras.Input(shape=(784,))
hidden = layers.Dense(256, activation="relu")(inputs)
digit = layers.Dense(10, activation="softmax", name="digit")(hidden)
model = keras.Model(inputs, digit)
model.compile(optimizer="adam", loss="categorical_crossentropy",
              metrics={"digit": "binary_accuracy"})  # expect: XL205

other = keras.Model(inputs, digit)
other.compile(optimizer="adam", loss="categorical_crossentropy",
              metrics={"digit": ["categorical_accuracy"]})
