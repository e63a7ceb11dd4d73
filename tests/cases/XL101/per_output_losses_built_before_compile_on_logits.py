"""Look-alike: per-output losses built in a variable, with from_logits=True on a raw output, must stay silent."""
import tensorflow as tf
from tensorflow.keras import Model, layers

inputs = layers.Input(shape=(64,))
category = layers.Dense(7, name="category")(inputs)
age = layers.Dense(1, name="age")(inputs)
model = Model(inputs, [category, age])
losses = {"category": tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True), "age": "mse"}
model.compile(optimizer="adam", loss=losses)
