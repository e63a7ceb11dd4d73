"""Bug: an MNIST Dense(10) logits head is compiled with the probabilities loss 'sparse_categorical_crossentropy'."""
from tensorflow import keras
(x_train, y_train), _ = keras.datasets.mnist.load_data()
model = keras.Sequential([keras.layers.Flatten(input_shape=(28, 28)), keras.layers.Dense(128, activation="relu"), keras.layers.Dense(10)])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])  # expect: XL102
model.fit(x_train, y_train, epochs=5)
