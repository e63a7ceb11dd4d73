"""Bug: one-hot labels transposed with .T are fitted against a (N, 3) output."""
import numpy as np
from tensorflow import keras
y = np.random.randint(0, 3, 100)
Y = keras.utils.to_categorical(y, 3).T
model = keras.Sequential([keras.layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL303
model.fit(np.random.rand(100, 4), Y)
