"""Look-alike: directives that suppress a real finding, and other tools' noqa, must stay silent."""
import keras
from keras import layers

# A constant-output baseline, kept on purpose to show what a broken head looks like.
baseline = keras.Sequential([
    layers.Input(shape=(300,)),
    layers.Dense(1, activation="softmax"),  # noqa: XL2
])
baseline.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])  # noqa: E501
head = keras.Sequential([layers.Input(shape=(8,)), layers.Dense(4, activation="softmax")])
head.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))  # xentlint: ignore[XL101]
very_long_name_that_some_other_linter_dislikes = 1  # noqa
