"""Bug: one-hot rows appended per file ([1, 0] for a cat, [0, 1] for a dog) reach sparse_categorical_crossentropy; the same rows with categorical_crossentropy must stay silent."""
import os

import numpy as np
from tensorflow import keras

images, labels = [], []
for name in os.listdir("train"):
    images.append(np.load(os.path.join("train", name)))
    if name.startswith("cat"):
        labels.append([1, 0])
    else:
        labels.append([0, 1])
x = np.array(images)
y = np.array(labels)

model = keras.Sequential([keras.Input((64,)), keras.layers.Dense(2, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")  # expect: XL302
model.fit(x, y)

twin = keras.Sequential([keras.Input((64,)), keras.layers.Dense(2, activation="softmax")])
twin.compile(optimizer="adam", loss="categorical_crossentropy")
twin.fit(x, y)
