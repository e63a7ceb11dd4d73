"""Model builders."""
from tensorflow import keras
from tensorflow.keras import layers


def build_model(num_classes, final_activation="softmax", hidden=128):
    inputs = keras.Input(shape=(32,))
    x = layers.Dense(hidden, activation="relu")(inputs)
    outputs = layers.Dense(num_classes, activation=final_activation)(x)
    return keras.Model(inputs, outputs, name="classifier")
