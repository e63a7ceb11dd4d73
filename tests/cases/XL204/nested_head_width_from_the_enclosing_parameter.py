"""Bug: a nested head builder's default width is the builder's parameter, called with one class."""
# `units=n_classes` is read where `classifier_head` is defined, inside `build_model`: one
# sigmoid unit trained with categorical cross-entropy.
import keras
from keras import layers


def build_model(n_classes):
    def classifier_head(x, units=n_classes):
        return layers.Dense(units, activation="sigmoid")(x)

    inputs = keras.Input(shape=(20,))
    outputs = classifier_head(layers.Dense(64, activation="relu")(inputs))
    return keras.Model(inputs, outputs)


model = build_model(1)
model.compile(optimizer="adam", loss="categorical_crossentropy")  # expect: XL204
