"""Look-alike: an identity Activation("linear", dtype="float32") after the softmax, for mixed precision, must stay silent."""
import keras
from keras import layers, mixed_precision

mixed_precision.set_global_policy("mixed_float16")
inputs = keras.Input(shape=(32,))
x = layers.Dense(64, activation="relu")(inputs)
x = layers.Dense(10)(x)
x = layers.Activation("softmax")(x)
outputs = layers.Activation("linear", dtype="float32")(x)
model = keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")

stacked = keras.Sequential([
    layers.Dense(10, activation="softmax"),
    layers.Activation("linear", dtype="float32"),
])
stacked.compile(optimizer="adam", loss="categorical_crossentropy")
