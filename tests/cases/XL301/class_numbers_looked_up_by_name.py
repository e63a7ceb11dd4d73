"""Bug: class indices made by looking each name up in a label map, in a list of class names, or by np.unique's inverse reach categorical_crossentropy; the same numbers one-hot encoded, or given to the sparse loss, and a lookup in a dict of settings must stay silent."""
import numpy as np
import pandas as pd
from tensorflow import keras

frame = pd.read_csv("reviews.csv")
label2id = {"negative": 0, "neutral": 1, "positive": 2}
CLASSES = ["negative", "neutral", "positive"]
SETTINGS = {"epochs": 10, "batch_size": 32}
features = np.load("embeddings.npy")


def classifier():
    return keras.Sequential([keras.layers.Dense(64, activation="relu"),
                             keras.layers.Dense(3, activation="softmax")])


by_map = np.array([label2id[name] for name in frame["sentiment"]])
first = classifier()
first.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL301
first.fit(features, by_map, epochs=SETTINGS["epochs"])

by_position = [CLASSES.index(name) for name in frame["sentiment"]]
second = classifier()
second.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL301
second.fit(features, np.array(by_position))

names, inverse = np.unique(frame["sentiment"].values, return_inverse=True)
third = classifier()
third.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL301
third.fit(features, inverse)

encoded = classifier()
encoded.compile(optimizer="adam", loss="categorical_crossentropy")
encoded.fit(features, keras.utils.to_categorical(by_map, 3))

sparse = classifier()
sparse.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
sparse.fit(features, inverse)

settings_of = [SETTINGS[key] for key in ("epochs", "batch_size")]
