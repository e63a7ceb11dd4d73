"""Bug: after the table is narrowed to the rows with text, a 1-based map gives classes 1..3 to a 3-unit softmax trained with the sparse loss; the 0-based map must stay silent."""
import numpy as np
import pandas as pd
import tensorflow as tf

frame = pd.read_csv("tweets.csv")
frame = frame[frame["text"].notna()]
y = frame["sentiment"].map({"negative": 1, "neutral": 2, "positive": 3}).values  # expect: XL305
y0 = frame["sentiment"].map({"negative": 0, "neutral": 1, "positive": 2}).values
X = np.random.rand(len(frame), 32)
model = tf.keras.Sequential([tf.keras.layers.Dense(32, activation="relu"),
                             tf.keras.layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(X, y, epochs=5)
twin = tf.keras.Sequential([tf.keras.layers.Dense(32, activation="relu"),
                            tf.keras.layers.Dense(3, activation="softmax")])
twin.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
twin.fit(X, y0, epochs=5)
