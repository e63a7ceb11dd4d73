"""Bug: a functional model with one linear Dense output per task, made by a comprehension over the tasks, compiled with the probability loss "categorical_crossentropy"."""
from tensorflow import keras
from tensorflow.keras import layers


def build(n_features, task_names, n_classes):
    inputs = keras.Input(shape=(n_features,))
    x = layers.Dense(128, activation="relu")(inputs)
    x = layers.Dropout(0.3)(x)
    outputs = [layers.Dense(n_classes, name=name)(x) for name in task_names]
    model = keras.Model(inputs, outputs)
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])  # expect: XL102
    return model


model = build(40, TASKS, 6)
