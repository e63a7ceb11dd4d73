"""Bug: ten-class softmax probabilities are decoded by a 0.5 threshold."""
import numpy as np
from tensorflow import keras
model = keras.Sequential([keras.layers.Dense(64, activation="relu"), keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
probs = model.predict(np.zeros((5, 20)))
y_pred = (probs > 0.5).astype("int32")  # expect: XL402
