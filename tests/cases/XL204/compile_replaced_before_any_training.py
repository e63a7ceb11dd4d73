"""Bug: a one-unit model is fitted after a compile() with categorical_crossentropy, then recompiled; the same model compiled with categorical_crossentropy only to print its summary, and compiled again with binary cross-entropy before fit(), must stay silent."""
import numpy as np
from tensorflow import keras

x = np.random.rand(256, 20).astype("float32")
y = np.random.randint(0, 2, size=(256, 1)).astype("float32")


def build():
    inputs = keras.Input(shape=(20,))
    hidden = keras.layers.Dense(16, activation="relu")(inputs)
    return keras.Model(inputs, keras.layers.Dense(1)(hidden))


def describe(model):
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    model.summary()


model = build()
describe(model)
model.compile(optimizer="adam", loss=keras.losses.BinaryCrossentropy(from_logits=True))
model.fit(x, y, epochs=2)

tuned = build()
tuned.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL204
tuned.fit(x, y, epochs=2)
tuned.compile(optimizer=keras.optimizers.Adam(1e-5),
              loss=keras.losses.BinaryCrossentropy(from_logits=True))
tuned.fit(x, y, epochs=2)
