"""Look-alike: with a sparse loss, label parts joined along another axis or with a part of unknown encoding must stay silent."""
import numpy as np
from tensorflow import keras

(_, y_train), (_, y_test) = keras.datasets.mnist.load_data()
side_by_side = np.concatenate([keras.utils.to_categorical(y_train, 10),
                               keras.utils.to_categorical(y_train, 10)], axis=1)
mixed = np.concatenate([keras.utils.to_categorical(y_train, 10), np.load("extra_labels.npy")])
model = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(x_train, side_by_side)
model.fit(x_all, mixed)
