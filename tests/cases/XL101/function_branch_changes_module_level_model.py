"""Look-alike: a function's branch changing a module-level model must stay silent."""
import keras
from keras import layers
model = keras.Sequential([layers.Dense(10)])
def configure(probs):
    if probs:
        model.add(layers.Activation("softmax"))
        model.compile(loss="categorical_crossentropy")
    else:
        model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))
