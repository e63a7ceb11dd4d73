"""Bug: one softmax unit trained with categorical cross-entropy is two mistakes, both reported."""
# The softmax over one unit is constantly 1 (XL203), and the categorical loss over one unit is
# constantly 0 (XL204): fixing only the activation leaves the loss broken.
import numpy as np
from tensorflow import keras

model = keras.Sequential([
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(1, activation="softmax"),  # expect: XL203
])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL204
model.fit(np.random.rand(100, 8), np.random.randint(0, 2, size=(100, 1)).astype("float32"))
