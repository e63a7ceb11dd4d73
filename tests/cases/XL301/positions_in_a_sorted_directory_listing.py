"""Bug: each clip's label is the position of its folder in the sorted directory listing (a class index), but the loss is categorical_crossentropy."""
import os

import numpy as np
from tensorflow import keras

ROOT = "spectrograms"
classes = sorted(os.listdir(ROOT))
paths = [os.path.join(ROOT, c, f) for c in classes for f in os.listdir(os.path.join(ROOT, c))]
features = np.stack([np.load(p) for p in paths])
labels = np.array([classes.index(os.path.basename(os.path.dirname(p))) for p in paths])

model = keras.Sequential([keras.Input((128,)), keras.layers.Dense(12, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL301
model.fit(features, labels, epochs=2)
