"""Bug: grades 1, 2 and 3 appended in one loop per folder reach a three-unit head with sparse_categorical_crossentropy (class 3 has no unit); the same loops appending 0, 1 and 2 must stay silent."""
import os

import numpy as np
from tensorflow import keras

samples, grades = [], []
for name in os.listdir("grades/low"):
    samples.append(np.load(os.path.join("grades/low", name)))
    grades.append(1)
for name in os.listdir("grades/mid"):
    samples.append(np.load(os.path.join("grades/mid", name)))
    grades.append(2)
for name in os.listdir("grades/high"):
    samples.append(np.load(os.path.join("grades/high", name)))
    grades.append(3)
X = np.array(samples)
y = np.array(grades)  # expect: XL305

model = keras.Sequential([keras.layers.Input((8,)), keras.layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(X, y)

levels = []
for name in os.listdir("grades/low"):
    levels.append(0)
for name in os.listdir("grades/mid"):
    levels.append(1)
for name in os.listdir("grades/high"):
    levels.append(2)
twin = keras.Sequential([keras.layers.Input((8,)), keras.layers.Dense(3, activation="softmax")])
twin.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
twin.fit(X, np.array(levels))
