"""Look-alike: a 4-class softmax masked where it is confident (> 0.9), for pseudo-labels, must stay silent."""
import numpy as np
from tensorflow import keras

model = keras.Sequential([keras.layers.Dense(64, activation="relu"),
                          keras.layers.Dense(4, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(x_train, y_train, epochs=5)
probs = model.predict(x_unlabeled)
confident = (probs > 0.9).any(axis=1)
pseudo_labels = probs.argmax(axis=1)[confident]
