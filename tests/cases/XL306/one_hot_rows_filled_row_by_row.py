"""Look-alike: rows of zeros made anew for each sample with its one class marked (one-hot), and a matrix whose row and class come from the same loop, fit with categorical_crossentropy must stay silent."""
import numpy as np
from tensorflow import keras

NUM_CLASSES = 4
labels = np.load("labels.npy")
features = np.load("features.npy")

rows = []
for i in range(len(labels)):
    row = np.zeros(NUM_CLASSES)
    row[labels[i]] = 1
    rows.append(row)
Y = np.array(rows)

Y2 = np.zeros((len(labels), NUM_CLASSES))
for i, label in enumerate(labels):
    Y2[i, label] = 1

model = keras.Sequential([keras.layers.Dense(NUM_CLASSES, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")
model.fit(features, Y, epochs=5)
model.fit(features, Y2, epochs=5)
