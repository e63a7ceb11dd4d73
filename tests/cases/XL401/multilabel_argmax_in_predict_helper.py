"""Bug: a predict helper decodes a multi-label sigmoid model with argmax."""
import numpy as np
from tensorflow import keras
inp = keras.Input((50,))
x = keras.layers.Dense(64, activation="relu")(inp)
out = keras.layers.Dense(20, activation="sigmoid")(x)
model = keras.Model(inp, out)
model.compile(optimizer="adam", loss=keras.losses.BinaryCrossentropy())
def predict_tags(model, x):
    probs = model.predict(x)
    return probs.argmax(axis=-1)  # expect: XL401
tags = predict_tags(model, np.zeros((2, 50)))
