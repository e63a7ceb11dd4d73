"""Look-alike: the factory takes its branch by membership, and the softmax head gets from_logits=False there, must stay silent."""
import numpy as np
from tensorflow import keras


def get_loss(name):
    if name in ("cce", "categorical"):
        return keras.losses.CategoricalCrossentropy()
    if name in ("scce", "sparse"):
        return keras.losses.SparseCategoricalCrossentropy()
    raise ValueError(f"unknown loss {name}")


features = np.random.rand(500, 20).astype("float32")
labels = keras.utils.to_categorical(np.random.randint(0, 4, 500), 4)
model = keras.Sequential([
    keras.Input((20,)),
    keras.layers.Dense(64, activation="relu"),
    keras.layers.Dense(4, activation="softmax"),
])
model.compile(optimizer="adam", loss=get_loss("cce"), metrics=["accuracy"])
model.fit(features, labels, epochs=5)
