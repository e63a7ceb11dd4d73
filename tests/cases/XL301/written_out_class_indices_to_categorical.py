"""Bug: written-out class indices go to categorical_crossentropy."""
import numpy as np
from tensorflow import keras

X = np.array([[0.1, 0.2], [0.3, 0.1], [0.9, 0.8], [0.5, 0.5]])
y = np.array([2, 0, 1, 2])
model = keras.Sequential([keras.layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL301
model.fit(X, y)
