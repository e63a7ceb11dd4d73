"""Bug: a 4-class softmax decoded with a 0.3 threshold copied from multi-label code."""
import numpy as np
from tensorflow import keras

model = keras.Sequential([keras.layers.Dense(64, activation="relu"),
                          keras.layers.Dense(4, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(x_train, y_train, epochs=5)
probs = model.predict(x_val)
predicted = (probs > 0.3).astype(int)  # expect: XL402
