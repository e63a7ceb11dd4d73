"""Bug: a label column mapped to class numbers goes to categorical_crossentropy; the column replaced by df.assign(label=...) with a teacher's soft targets must stay silent."""
import numpy as np
import pandas as pd
import tensorflow as tf

df = pd.read_csv("reviews.csv")
df["label"] = df["sentiment"].map({"neg": 0, "neu": 1, "pos": 2})
X = np.load("embeddings.npy")

model = tf.keras.Sequential([tf.keras.Input((20,)), tf.keras.layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL301
model.fit(X, df["label"].values)

distilled = df.assign(label=list(np.load("teacher_probabilities.npy")))
student = tf.keras.Sequential([tf.keras.Input((20,)), tf.keras.layers.Dense(3, activation="softmax")])
student.compile(optimizer="adam", loss="categorical_crossentropy")
student.fit(X, distilled["label"].values)
