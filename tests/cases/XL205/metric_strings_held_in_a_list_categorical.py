"""Look-alike: categorical accuracy from a metrics list held in a name must stay silent."""
from tensorflow import keras

METRICS = ["categorical_accuracy", "accuracy"]
model = keras.Sequential([keras.Input((784,)), keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=METRICS)
