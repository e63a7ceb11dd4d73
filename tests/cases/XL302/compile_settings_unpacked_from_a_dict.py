"""Bug: compile(**settings) names a sparse loss while the labels are one-hot from to_categorical."""
import numpy as np
from tensorflow import keras

labels = keras.utils.to_categorical(np.random.randint(0, 3, 100), 3)
settings = dict(optimizer="adam", metrics=["accuracy"])
settings["loss"] = "mse"
compile_args = {"optimizer": "adam", "loss": "sparse_categorical_crossentropy"}  # expect: XL302
model = keras.Sequential([keras.layers.Dense(3, activation="softmax")])
model.compile(**compile_args)
model.fit(np.random.rand(100, 4), labels)
