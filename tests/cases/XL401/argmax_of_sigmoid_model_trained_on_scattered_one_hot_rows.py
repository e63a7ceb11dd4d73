"""Look-alike: argmax over a sigmoid model trained on one-hot rows written with = 1.0 must stay silent."""
import numpy as np
from tensorflow import keras

labels = np.random.randint(0, 4, 100)
y = np.zeros((100, 4))
y[np.arange(100), labels] = 1.0
model = keras.Sequential([keras.layers.Dense(4, activation="sigmoid")])
model.compile(loss="binary_crossentropy", optimizer="adam")
model.fit(x, y)
classes = np.argmax(model.predict(x), axis=1)
