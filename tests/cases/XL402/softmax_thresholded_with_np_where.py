"""Bug: six-class softmax predictions are decoded with np.where(p > 0.5)."""
import numpy as np
from tensorflow import keras
model = keras.Sequential([keras.layers.Dense(8, activation="relu"), keras.layers.Dense(6, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")
y_pred = np.where(model.predict(np.zeros((3, 4))) > 0.5, 1, 0)  # expect: XL402
