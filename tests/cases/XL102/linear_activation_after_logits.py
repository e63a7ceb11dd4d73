"""Bug: an identity Activation("linear") after a Dense without activation still ends in raw logits, trained with a probability loss."""
import keras
from keras import layers

model = keras.Sequential([
    layers.Dense(10),
    layers.Activation("linear", dtype="float32"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")  # expect: XL102
