"""Bug: per-output losses built in a variable, and a one-entry loss dict, give from_logits=True to a softmax output."""
import tensorflow as tf
from tensorflow.keras import Model, layers

inputs = layers.Input(shape=(64,))
category = layers.Dense(7, activation="softmax", name="category")(inputs)
age = layers.Dense(1, name="age")(inputs)
model = Model(inputs, [category, age])
losses = {"category": tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),  # expect: XL101
          "age": "mse"}
model.compile(optimizer="adam", loss=losses)

single = Model(inputs, category)
single.compile(optimizer="adam", loss={"category": tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)})  # expect: XL101
