"""Look-alike: with one-hot labels, compile settings whose sparse loss is overridden or read from a file must stay silent."""
import json

import numpy as np
from tensorflow import keras

labels = keras.utils.to_categorical(np.random.randint(0, 3, 100), 3)
defaults = {"optimizer": "adam", "loss": "sparse_categorical_crossentropy"}
model = keras.Sequential([keras.layers.Dense(3, activation="softmax")])
model.compile(**{**defaults, "loss": "categorical_crossentropy"})
model.fit(np.random.rand(100, 4), labels)

with open("train.json") as f:
    config = json.load(f)
other = keras.Sequential([keras.layers.Dense(3, activation="softmax")])
other.compile(**config["compile"])
other.fit(np.random.rand(100, 4), labels)

config = {"optimizer": "adam", "loss": "sparse_categorical_crossentropy"}
config["loss"] = "categorical_crossentropy"
third = keras.Sequential([keras.layers.Dense(3, activation="softmax")])
third.compile(optimizer=config["optimizer"], loss=config["loss"])
third.fit(np.random.rand(100, 4), labels)

options = {"loss": "sparse_categorical_crossentropy"}
options.update(loss="categorical_crossentropy")
fourth = keras.Sequential([keras.layers.Dense(3, activation="softmax")])
fourth.compile(optimizer="adam", **options)
fourth.fit(np.random.rand(100, 4), labels)
