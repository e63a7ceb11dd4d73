"""Bug: a two-output model's losses are listed in the wrong order, so binary_crossentropy lands on the linear age output; the list in the order of the outputs must stay silent."""
import numpy as np
import keras
from keras import layers

images = np.load("faces.npy").astype("float32") / 255.0
ages, genders = np.load("ages.npy"), np.load("genders.npy")

inputs = keras.Input(shape=(64, 64, 3))
x = layers.Flatten()(inputs)
x = layers.Dense(128, activation="relu")(x)
age = layers.Dense(1, activation="linear", name="age")(x)
gender = layers.Dense(1, activation="sigmoid", name="gender")(x)

model = keras.Model(inputs=inputs, outputs=[age, gender])
model.compile(optimizer="adam", loss=["binary_crossentropy", "mae"])  # expect: XL102
model.fit(images, [ages, genders], epochs=30)

twin = keras.Model(inputs=inputs, outputs=[age, gender])
twin.compile(optimizer="adam", loss=["mae", "binary_crossentropy"])
twin.fit(images, [ages, genders], epochs=30)
