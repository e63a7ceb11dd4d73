"""Bug: labels 0, 1 and 2 appended per folder reach one sigmoid unit with binary_crossentropy; two classes appended the same way, and the three on a three-unit softmax, must stay silent."""
import os

import numpy as np
from tensorflow import keras

labels = []
for name in os.listdir("data/negative"):
    labels.append(0)
for name in os.listdir("data/neutral"):
    labels.append(1)
for name in os.listdir("data/positive"):
    labels.append(2)
y = np.array(labels)
X = np.load("features.npy")

model = keras.Sequential([keras.layers.Input((20,)), keras.layers.Dense(1, activation="sigmoid")])  # expect: XL305
model.compile(optimizer="adam", loss="binary_crossentropy")
model.fit(X, y)

softmax = keras.Sequential([keras.layers.Input((20,)), keras.layers.Dense(3, activation="softmax")])
softmax.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
softmax.fit(X, y)

binary = []
for name in os.listdir("data/negative"):
    binary.append(0)
for name in os.listdir("data/positive"):
    binary.append(1)
unit = keras.Sequential([keras.layers.Input((20,)), keras.layers.Dense(1, activation="sigmoid")])
unit.compile(optimizer="adam", loss="binary_crossentropy")
unit.fit(X[:len(binary)], np.array(binary))
