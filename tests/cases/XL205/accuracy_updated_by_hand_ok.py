"""Look-alike: CategoricalAccuracy updated by hand on a softmax, and BinaryAccuracy on a one-unit sigmoid, must stay silent."""
import tensorflow as tf
from tensorflow import keras

model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")])
acc = keras.metrics.CategoricalAccuracy()
scorer = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(1, activation="sigmoid")])
binary = keras.metrics.BinaryAccuracy()
for xb, yb, flag in data:
    acc.update_state(yb, model(xb))
    binary.update_state(flag, scorer(xb))
