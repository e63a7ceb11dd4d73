"""Bug: the predictions of a multi-label sigmoid model are decoded with np.argmax."""
import numpy as np
from tensorflow import keras
model = keras.Sequential([keras.layers.Dense(64, activation="relu"), keras.layers.Dense(20, activation="sigmoid")])
model.compile(optimizer="adam", loss="binary_crossentropy")
model.fit(np.zeros((10, 50)), np.zeros((10, 20)))
preds = model.predict(np.zeros((2, 50)))
predicted_tags = np.argmax(preds, axis=1)  # expect: XL401
