"""Bug: labels appended by a loop over enumerate(["cats", "dogs", "birds"]) carry three classes for a two-unit head; the same labels on a three-unit head must stay silent."""
import os

import numpy as np
from tensorflow import keras

images, labels = [], []
for idx, folder in enumerate(["cats", "dogs", "birds"]):
    for name in os.listdir(folder):
        images.append(np.load(os.path.join(folder, name)))
        labels.append(idx)
X, y = np.array(images), np.array(labels)

model = keras.Sequential([keras.layers.Input((64,)), keras.layers.Dense(2, activation="softmax")])  # expect: XL305
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(X, y)

twin = keras.Sequential([keras.layers.Input((64,)), keras.layers.Dense(3, activation="softmax")])
twin.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
twin.fit(X, y)
