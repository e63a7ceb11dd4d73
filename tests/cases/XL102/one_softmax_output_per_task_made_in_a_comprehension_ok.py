"""Look-alike: one softmax Dense output per task, made by a comprehension over the tasks, compiled with "categorical_crossentropy", must stay silent."""
from tensorflow import keras
from tensorflow.keras import layers


def build(n_features, task_names, n_classes):
    inputs = keras.Input(shape=(n_features,))
    x = layers.Dense(128, activation="relu")(inputs)
    x = layers.Dropout(0.3)(x)
    outputs = [layers.Dense(n_classes, activation="softmax", name=name)(x) for name in task_names]
    model = keras.Model(inputs, outputs)
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    return model


model = build(40, TASKS, 6)
