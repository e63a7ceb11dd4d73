"""Look-alike: the argmax of one-hot labels feeding a sparse loss must stay silent."""
import numpy as np
import keras
y = keras.utils.to_categorical(raw, 5)
y_idx = np.argmax(y, axis=1)
model = keras.Sequential([keras.layers.Dense(5, activation="softmax")])
model.compile(loss="sparse_categorical_crossentropy")
model.fit(x, y_idx)
