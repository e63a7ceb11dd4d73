"""Bug: labels shifted to 1-based are passed to fit."""
import keras
(x, y), _ = keras.datasets.mnist.load_data()
model = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
model.compile(loss="sparse_categorical_crossentropy")
model.fit(x, y + 1)  # expect: XL305
