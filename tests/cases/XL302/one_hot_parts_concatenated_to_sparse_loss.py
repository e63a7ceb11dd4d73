"""Bug: one-hot labels of two splits joined with np.concatenate reach a sparse loss."""
import numpy as np
from tensorflow import keras

(_, y_train), (_, y_test) = keras.datasets.mnist.load_data()
y_all = np.concatenate([keras.utils.to_categorical(y_train, 10),
                        keras.utils.to_categorical(y_test, 10)])
model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")  # expect: XL302
model.fit(x_all, y_all, epochs=5)
