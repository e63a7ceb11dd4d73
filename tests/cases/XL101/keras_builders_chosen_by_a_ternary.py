"""Bug: a Keras model built by one of two builder functions picked by a ternary on a command-line value, both ending in a softmax Dense, compiled with a from_logits=True loss."""
import sys

from tensorflow import keras


def small_cnn(num_classes):
    return keras.Sequential([
        keras.layers.Conv2D(16, 3, activation="relu"),
        keras.layers.GlobalAveragePooling2D(),
        keras.layers.Dense(num_classes, activation="softmax"),
    ])


def wide_cnn(num_classes):
    return keras.Sequential([
        keras.layers.Conv2D(64, 3, activation="relu"),
        keras.layers.Conv2D(64, 3, activation="relu"),
        keras.layers.GlobalAveragePooling2D(),
        keras.layers.Dense(num_classes, activation="softmax"),
    ])


model = wide_cnn(10) if sys.argv[1] == "wide" else small_cnn(10)
model.compile(optimizer="adam",
              loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),  # expect: XL101
              metrics=["accuracy"])
