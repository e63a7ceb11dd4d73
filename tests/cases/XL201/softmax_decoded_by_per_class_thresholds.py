"""Bug: a six-label toxicity head uses softmax, is trained with binary cross-entropy and decoded with a threshold for each label, so the labels compete for one unit of probability."""
import numpy as np
import pandas as pd
from tensorflow import keras

LABELS = ["toxic", "severe_toxic", "obscene", "threat", "insult", "identity_hate"]
train = pd.read_csv("train.csv")
features = np.load("features.npy")

model = keras.Sequential([
    keras.layers.Dense(128, activation="relu"),
    keras.layers.Dense(len(LABELS), activation="softmax"),  # expect: XL201
])
model.compile(loss="binary_crossentropy", optimizer="adam")
model.fit(features, train[LABELS].values, epochs=3)
thresholds = np.array([0.5, 0.3, 0.5, 0.2, 0.5, 0.3])
flags = model.predict(features) > thresholds
