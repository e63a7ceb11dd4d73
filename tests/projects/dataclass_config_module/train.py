"""Bug: the head is as wide as the config's class count, but the labels are one-hot over 12."""
import numpy as np
from tensorflow import keras

from config import TrainConfig

cfg = TrainConfig()
labels = keras.utils.to_categorical(np.random.randint(0, 12, size=(200,)), 12)
model = keras.Sequential([
    keras.layers.Dense(cfg.hidden, activation="relu"),
    keras.layers.Dense(cfg.num_classes, activation="softmax"),  # expect: XL305
])
model.compile(optimizer="adam", loss="categorical_crossentropy")
model.fit(np.random.rand(200, 16), labels, epochs=cfg.epochs)
