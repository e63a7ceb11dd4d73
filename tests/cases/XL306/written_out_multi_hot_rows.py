"""Bug: written-out rows with several 1s go to categorical_crossentropy on a 4-class softmax."""
import numpy as np
from tensorflow import keras

X = np.random.rand(3, 10)
Y = np.array([[1, 0, 1, 0], [0, 1, 1, 0], [1, 1, 0, 1]])
model = keras.Sequential([keras.layers.Dense(4, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL306
model.fit(X, Y)
