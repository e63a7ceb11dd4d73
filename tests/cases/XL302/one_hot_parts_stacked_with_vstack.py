"""Bug: one-hot rows of two splits joined with np.vstack reach sparse_categorical_crossentropy."""
import numpy as np
from tensorflow import keras

(x_train, y_train), (x_test, y_test) = keras.datasets.cifar10.load_data()
Y = np.vstack([keras.utils.to_categorical(y_train, 10), keras.utils.to_categorical(y_test, 10)])
X = np.vstack([x_train, x_test]) / 255.0
model = keras.Sequential([
    keras.layers.Flatten(),
    keras.layers.Dense(256, activation="relu"),
    keras.layers.Dense(10, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])  # expect: XL302
model.fit(X, Y, epochs=5, validation_split=0.1)
