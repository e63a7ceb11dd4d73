"""Bug: annotators' toxicity fractions in six label columns, thresholded at 0.5 (multi-label targets), train a six-unit softmax head with binary cross-entropy."""
import pandas as pd
import tensorflow as tf
from tensorflow.keras import layers

LABELS = ["target", "severe_toxicity", "obscene", "threat", "insult", "identity_attack"]
train = pd.read_csv("train.csv")
targets = (train[LABELS].values >= 0.5).astype("float32")
features = train.drop(columns=LABELS + ["comment_text"]).values

inputs = tf.keras.Input(shape=(features.shape[1],))
hidden = layers.Dense(64, activation="relu")(inputs)
outputs = layers.Dense(len(LABELS), activation="softmax")(hidden)  # expect: XL201
model = tf.keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="binary_crossentropy")
model.fit(features, targets, epochs=3)
