"""Bug: a Softmax layer whose axis comes from a parameter still ends the model in softmax."""
import keras
from keras import layers


def build(num_classes, axis=-1):
    model = keras.Sequential([
        layers.Input(shape=(64,)),
        layers.Dense(num_classes),
        layers.Softmax(axis=axis),
    ])
    model.compile(optimizer="adam",
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))  # expect: XL101
    return model
