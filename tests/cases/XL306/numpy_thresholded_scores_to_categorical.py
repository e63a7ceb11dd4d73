"""Bug: scores thresholded into several positives per row, trained with categorical_crossentropy."""
import numpy as np
from tensorflow import keras

X = np.random.rand(200, 8)
Y = (np.random.rand(200, 4) > 0.6).astype("float32")
model = keras.Sequential([keras.layers.Dense(4, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL306
model.fit(X, Y)
