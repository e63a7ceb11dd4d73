"""Bug: the table is cut to two columns (df = df[["text", "label"]]) and to its first rows before the label column is mapped to class numbers for categorical_crossentropy; the same numbers one-hot encoded must stay silent."""
import numpy as np
import pandas as pd
import tensorflow as tf

df = pd.read_csv("train.csv")
df = df[["text", "label"]]
df = df.iloc[:20000].rename(columns={"text": "review"})
y = df["label"].map({"neg": 0, "neu": 1, "pos": 2}).values
X = np.load("embeddings.npy")

model = tf.keras.Sequential([tf.keras.Input((20,)), tf.keras.layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL301
model.fit(X, y)

twin = tf.keras.Sequential([tf.keras.Input((20,)), tf.keras.layers.Dense(3, activation="softmax")])
twin.compile(optimizer="adam", loss="categorical_crossentropy")
twin.fit(X, tf.keras.utils.to_categorical(y, 3))
