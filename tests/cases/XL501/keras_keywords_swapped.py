"""Bug: y_true and y_pred given by keyword, the wrong way round."""
import numpy as np
from tensorflow import keras

model = keras.Sequential([keras.layers.Dense(3, activation="softmax")])
loss_fn = keras.losses.SparseCategoricalCrossentropy()
labels = np.array([0, 2, 1])
preds = model(np.random.rand(3, 5))
value = loss_fn(y_true=preds, y_pred=labels)  # expect: XL501
