"""Look-alike: 0/1 cells appended one by one from a CSV of one-hot columns, then reshaped into (N, 4) rows, feed categorical_crossentropy (rows, not class numbers) and must stay silent."""
import numpy as np
from tensorflow import keras

cells = []
for line in open("onehot_columns.csv"):
    for value in line.strip().split(","):
        cells.append(int(value))
Y = np.array(cells).reshape(-1, 4)
X = np.load("features.npy")

model = keras.Sequential([keras.layers.Input((20,)), keras.layers.Dense(4, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")
model.fit(X, Y)
