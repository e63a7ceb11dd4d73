"""Bug: one-hot chunks made by a list comprehension of to_categorical, stacked or concatenated, reach sparse_categorical_crossentropy; the index chunks twin must stay silent."""
import numpy as np
from tensorflow import keras

chunks = [keras.utils.to_categorical(np.random.randint(0, 4, 50), 4) for _ in range(6)]
Y = np.vstack(chunks)
X = np.random.rand(len(Y), 16)
model = keras.Sequential([keras.layers.Input((16,)), keras.layers.Dense(32, activation="relu"),
                          keras.layers.Dense(4, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")  # expect: XL302
model.fit(X, Y, epochs=5)

indices = np.concatenate([np.random.randint(0, 4, 50) for _ in range(6)])
twin = keras.Sequential([keras.layers.Input((16,)), keras.layers.Dense(4, activation="softmax")])
twin.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
twin.fit(X, indices, epochs=5)
