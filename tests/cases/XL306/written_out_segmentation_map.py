"""Look-alike: a written-out 4x4 map of 0/1 class indices with per-pixel predictions must stay silent."""
import numpy as np
import keras

mask = np.array([[0, 1, 1, 0], [1, 0, 1, 0], [0, 0, 1, 1], [1, 1, 0, 1]])
pixel_probs = np.random.rand(4, 4, 2)
loss = keras.losses.SparseCategoricalCrossentropy()(mask, pixel_probs)
