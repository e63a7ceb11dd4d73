"""Bug: class numbers appended in one loop per folder (labels.append(0), then labels.append(1)) reach categorical_crossentropy; the same labels one-hot encoded, and a list of scores or of one-hot rows, must stay silent."""
import os

import numpy as np
import pandas as pd
from tensorflow import keras

images, labels = [], []
for name in os.listdir("train/cats"):
    images.append(np.load(os.path.join("train/cats", name)))
    labels.append(0)
for name in os.listdir("train/dogs"):
    images.append(np.load(os.path.join("train/dogs", name)))
    labels.append(1)
X = np.array(images) / 255.0
y = np.array(labels)

model = keras.Sequential([keras.layers.Input((64,)), keras.layers.Dense(2, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL301
model.fit(X, y, epochs=10)

twin = keras.Sequential([keras.layers.Input((64,)), keras.layers.Dense(2, activation="softmax")])
twin.compile(optimizer="adam", loss="categorical_crossentropy")
twin.fit(X, keras.utils.to_categorical(y, 2), epochs=10)

table = pd.read_csv("scores.csv")
scores, rows = [], []
for _, record in table.iterrows():
    scores.append(record["score"])
    rows.append(keras.utils.to_categorical(record["label"], 3))
other = keras.Sequential([keras.layers.Input((64,)), keras.layers.Dense(3, activation="softmax")])
other.compile(optimizer="adam", loss="categorical_crossentropy")
other.fit(X, np.array(scores))
other.fit(X, np.array(rows))
