"""Look-alike: the head takes its width from an ml_collections ConfigDict field made from a nested dict and then changed to 10, as many as the labels' classes, must stay silent."""
from ml_collections import config_dict
import numpy as np
from tensorflow import keras

config = config_dict.ConfigDict({"data": {"num_classes": 5}, "loss": "sparse_categorical_crossentropy"})
config.data.num_classes = 10
y = np.random.randint(0, 10, size=(100,))
x = np.random.rand(100, 20)
model = keras.Sequential([
    keras.layers.Dense(64, activation="relu"),
    keras.layers.Dense(config.data["num_classes"], activation="softmax"),
])
model.compile(optimizer="adam", loss=config.loss)
model.fit(x, y, epochs=3)
