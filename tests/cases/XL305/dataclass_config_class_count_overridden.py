"""Look-alike: a dataclass config whose default class count is overridden where it is built must stay silent."""
# TrainConfig(num_classes=12) has 12 classes: the default (10) is not what the head gets.
from dataclasses import dataclass

import numpy as np
from tensorflow import keras


@dataclass(frozen=True)
class TrainConfig:
    num_classes: int = 10
    hidden: int = 64


cfg = TrainConfig(num_classes=12)
labels = keras.utils.to_categorical(np.random.randint(0, 12, size=(200,)), 12)
model = keras.Sequential([
    keras.layers.Dense(cfg.hidden, activation="relu"),
    keras.layers.Dense(cfg.num_classes, activation="softmax"),
])
model.compile(optimizer="adam", loss="categorical_crossentropy")
model.fit(np.random.rand(200, 16), labels)
