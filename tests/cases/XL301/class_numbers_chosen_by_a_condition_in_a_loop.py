"""Bug: labels appended per image as 1 if "dog" in its name else 0, and class numbers parsed from file names ([int(f.split("_")[0]) for f in files]), reach categorical_crossentropy; the same lists one-hot encoded must stay silent."""
import os

import numpy as np
from tensorflow import keras

files = os.listdir("train")
images, labels = [], []
for name in files:
    images.append(np.load(os.path.join("train", name)))
    labels.append(1 if "dog" in name else 0)
X = np.array(images)
y = np.array(labels)
digits = np.array([int(name.split("_")[0]) for name in files])

model = keras.Sequential([keras.layers.Input((64,)), keras.layers.Dense(2, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL301
model.fit(X, y)

parsed = keras.Sequential([keras.layers.Input((64,)), keras.layers.Dense(10, activation="softmax")])
parsed.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL301
parsed.fit(X, digits)

twin = keras.Sequential([keras.layers.Input((64,)), keras.layers.Dense(2, activation="softmax")])
twin.compile(optimizer="adam", loss="categorical_crossentropy")
twin.fit(X, keras.utils.to_categorical(y, 2))
parsed_twin = keras.Sequential([keras.layers.Input((64,)),
                                keras.layers.Dense(10, activation="softmax")])
parsed_twin.compile(optimizer="adam", loss="categorical_crossentropy")
parsed_twin.fit(X, keras.utils.to_categorical(digits, 10))
