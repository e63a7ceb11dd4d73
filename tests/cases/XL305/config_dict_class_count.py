"""Bug: an ml_collections ConfigDict says 10 classes (set as attributes, and as a nested dict's items), the labels are drawn from them, but the head has 5 units."""
import ml_collections
import numpy as np
from tensorflow import keras


def get_config():
    config = ml_collections.ConfigDict()
    config.num_classes = 10
    config.model = ml_collections.ConfigDict()
    config.model.width = 128
    config.train = ml_collections.ConfigDict({"epochs": 5, "loss": "sparse_categorical_crossentropy"})
    return config


config = get_config()
y = np.random.randint(0, config["num_classes"], size=(100,))
x = np.random.rand(100, 20)
model = keras.Sequential([
    keras.layers.Dense(config.model.width, activation="relu"),
    keras.layers.Dense(5, activation="softmax"),  # expect: XL305
])
model.compile(optimizer="adam", loss=config.train.loss)
model.fit(x, y, epochs=config.train.epochs)
