"""Look-alike: a builder whose **compile_kwargs nobody here passes must stay silent."""
from tensorflow import keras


def build(num_classes, **compile_kwargs):
    model = keras.Sequential([keras.layers.Dense(num_classes, activation="softmax")])
    model.compile(optimizer="adam", loss=keras.losses.CategoricalCrossentropy(**compile_kwargs))
    return model
