"""Look-alike: np.where over a class-by-class comparison builds one-hot rows, which categorical cross-entropy takes, and must stay silent."""
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

features = np.load("features.npy")
species = np.load("species.npy")
targets = np.where(np.arange(3) == species[:, None], 1, 0)

model = keras.Sequential([
    layers.Dense(16, activation="relu", input_shape=(4,)),
    layers.Dense(3, activation="softmax"),
])
model.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
model.fit(features, targets, epochs=20, batch_size=8)
