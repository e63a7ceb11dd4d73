"""Bug: a 20-tag softmax head trained with binary cross-entropy on labels read from disk, then decoded by thresholding every output at 0.5 (multi-label intent the softmax defeats); the same head decoded by argmax must stay silent."""
import numpy as np
from tensorflow import keras

features = np.load("features.npy")
tag_matrix = np.load("tags.npy")

model = keras.Sequential([
    keras.Input(shape=(512,)),
    keras.layers.Dense(256, activation="relu"),
    keras.layers.Dense(20, activation="softmax"),  # expect: XL201
])
model.compile(optimizer="adam", loss="binary_crossentropy")
model.fit(features, tag_matrix, epochs=10)
predicted_tags = (model.predict(features) > 0.5).astype(int)

single = keras.Sequential([
    keras.Input(shape=(512,)),
    keras.layers.Dense(256, activation="relu"),
    keras.layers.Dense(20, activation="softmax"),
])
single.compile(optimizer="adam", loss="binary_crossentropy")
single.fit(features, tag_matrix, epochs=10)
best_tag = single.predict(features).argmax(axis=1)
