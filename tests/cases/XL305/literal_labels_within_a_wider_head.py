"""Look-alike: a few written-out labels that do not use every unit of a 5-class head must stay silent."""
import numpy as np
from tensorflow import keras

X = np.random.rand(4, 4)
y = np.array([0, 2, 1, 2])
model = keras.Sequential([keras.layers.Dense(5, activation="softmax")])
model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy")
model.fit(X, y)
