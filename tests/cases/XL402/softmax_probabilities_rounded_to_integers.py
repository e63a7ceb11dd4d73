"""Bug: softmax probabilities rounded to integers (no decimals, or zero of them) to decode classes."""
import numpy as np
from tensorflow import keras

model = keras.Sequential([keras.layers.Dense(64, activation="relu"), keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
y_proba = model.predict(np.zeros((5, 20)))
labels = y_proba.round()  # expect: XL402
same = np.round(y_proba, 0)  # expect: XL402
