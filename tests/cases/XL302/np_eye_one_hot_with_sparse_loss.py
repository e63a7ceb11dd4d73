"""Bug: np.eye one-hot labels go into sparse CE."""
import numpy as np
import keras
y_oh = np.eye(3)[y]
model = keras.Sequential([keras.layers.Dense(3, activation="softmax")])
model.compile(loss="sparse_categorical_crossentropy")  # expect: XL302
model.fit(x, y_oh)
