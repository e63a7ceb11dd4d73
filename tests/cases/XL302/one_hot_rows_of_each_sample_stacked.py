"""Bug: each file's class number one-hot encoded on its own (to_categorical of one number: a row) and the rows stacked with np.stack reach sparse_categorical_crossentropy; the class numbers stacked the same way must stay silent."""
import os

import numpy as np
from tensorflow import keras

SPECIES = ["setosa", "versicolor", "virginica"]

features, rows, numbers = [], [], []
for name in sorted(os.listdir("samples")):
    features.append(np.load(os.path.join("samples", name)))
    species = SPECIES.index(name.split("-")[0])
    rows.append(keras.utils.to_categorical(species, len(SPECIES)))
    numbers.append(species)
x = np.stack(features)
y_rows = np.stack(rows)
y_numbers = np.stack(numbers)

model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")  # expect: XL302
model.fit(x, y_rows)

twin = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3, activation="softmax")])
twin.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
twin.fit(x, y_numbers)
