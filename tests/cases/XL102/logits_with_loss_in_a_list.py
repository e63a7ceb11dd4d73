"""Bug: a logits head is compiled with ['categorical_crossentropy'] given as a list."""
from tensorflow import keras
model = keras.Sequential([keras.layers.Dense(64, activation="relu"), keras.layers.Dense(10)])
model.compile(optimizer="adam", loss=["categorical_crossentropy"], metrics=["accuracy"])  # expect: XL102
