"""Look-alike: a generator yielding integer class indices to a sparse loss must stay silent."""
import numpy as np
from tensorflow import keras


def batches(x, y, size=32):
    while True:
        idx = np.random.randint(0, len(x), size)
        yield x[idx], y[idx]


(x_train, y_train), _ = keras.datasets.mnist.load_data()
model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(batches(x_train, y_train), steps_per_epoch=100)
