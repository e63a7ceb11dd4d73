"""Bug: labels written 1..3 by hand for a 3-unit softmax: class 3 has no unit."""
import numpy as np
from tensorflow import keras

X = np.random.rand(6, 4)
y = np.array([1, 2, 3, 1, 2, 3])  # expect: XL305
model = keras.Sequential([keras.layers.Dense(3, activation="softmax")])
model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy")
model.fit(X, y)
