"""Bug: class numbers made by repeating lists ([0] * n + [1] * m) reach categorical_crossentropy; the same labels one-hot encoded must stay silent."""
import os

import numpy as np
from tensorflow import keras

n_cats, n_dogs = len(os.listdir("cats")), len(os.listdir("dogs"))
y = np.array([0] * n_cats + [1] * n_dogs)
X = np.load("features.npy")
model = keras.Sequential([keras.layers.Input((8,)), keras.layers.Dense(2, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL301
model.fit(X, y)

twin = keras.Sequential([keras.layers.Input((8,)), keras.layers.Dense(2, activation="softmax")])
twin.compile(optimizer="adam", loss="categorical_crossentropy")
twin.fit(X, keras.utils.to_categorical(y, 2))
