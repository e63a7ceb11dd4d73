"""Look-alike: 'accuracy' with BCE on a sigmoid head (Keras 3 resolves it from shapes) must stay silent."""
from tensorflow import keras
model = keras.Sequential([keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
