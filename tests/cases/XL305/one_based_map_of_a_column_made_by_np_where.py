"""Bug: a sentiment column made with np.where is mapped to classes 1..3 for a 3-unit softmax and the sparse loss; the same column mapped to 0..2 must stay silent."""
import numpy as np
import pandas as pd
import tensorflow as tf

reviews = pd.read_csv("Reviews.csv", nrows=100000)
reviews["sentiment"] = np.where(reviews.Score > 3, "pos", np.where(reviews.Score < 3, "neg", "neu"))
reviews["target"] = reviews["sentiment"].map({"neg": 1, "neu": 2, "pos": 3})  # expect: XL305
reviews["target0"] = reviews["sentiment"].map({"neg": 0, "neu": 1, "pos": 2})
X = np.load("padded.npy")
model = tf.keras.Sequential([tf.keras.layers.Embedding(30000, 100),
                             tf.keras.layers.GlobalAveragePooling1D(),
                             tf.keras.layers.Dense(3, activation="softmax")])
model.compile(loss="sparse_categorical_crossentropy", optimizer="adam")
model.fit(X, reviews["target"].values, epochs=3)
twin = tf.keras.Sequential([tf.keras.layers.Embedding(30000, 100),
                            tf.keras.layers.GlobalAveragePooling1D(),
                            tf.keras.layers.Dense(3, activation="softmax")])
twin.compile(loss="sparse_categorical_crossentropy", optimizer="adam")
twin.fit(X, reviews["target0"].values, epochs=3)
