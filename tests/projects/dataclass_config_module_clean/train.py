"""Look-alike: a head as wide as a config class count overridden to 12 must stay silent."""
import numpy as np
from tensorflow import keras

from config import TrainConfig

cfg = TrainConfig(num_classes=12)
labels = keras.utils.to_categorical(np.random.randint(0, 12, size=(200,)), 12)
model = keras.Sequential([
    keras.layers.Dense(cfg.hidden, activation="relu"),
    keras.layers.Dense(cfg.num_classes, activation="softmax"),
])
model.compile(optimizer="adam", loss="categorical_crossentropy")
model.fit(np.random.rand(200, 16), labels, epochs=cfg.epochs)
