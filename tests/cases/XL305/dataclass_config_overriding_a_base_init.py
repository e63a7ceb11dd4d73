"""Bug: the dataclass FlowersConfig (its generated __init__, not the inherited one) has num_classes 5, but the labels are one-hot over 3 classes."""
from dataclasses import dataclass

import numpy as np
from tensorflow import keras


class BaseConfig:
    def __init__(self):
        self.num_classes = 2
        self.image_size = 64


@dataclass
class FlowersConfig(BaseConfig):
    num_classes: int = 5
    image_size: int = 128


cfg = FlowersConfig()
images = np.load("flowers_x.npy")
labels = keras.utils.to_categorical(np.load("flowers_y.npy"), 3)
model = keras.Sequential([
    keras.layers.Input((cfg.image_size, cfg.image_size, 3)),
    keras.layers.Conv2D(32, 3, activation="relu"),
    keras.layers.GlobalAveragePooling2D(),
    keras.layers.Dense(cfg.num_classes, activation="softmax"),  # expect: XL305
])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
model.fit(images, labels, epochs=10)
