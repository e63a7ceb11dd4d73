"""Bug: binary_accuracy reaches a 10-class softmax through a metrics list held in a name."""
from tensorflow import keras

METRICS = ["binary_accuracy"]  # expect: XL205
model = keras.Sequential([keras.Input((784,)), keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=METRICS)
