"""Bug: a single sigmoid unit is compiled with categorical_crossentropy."""
from tensorflow import keras
model = keras.Sequential([keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])  # expect: XL204
