"""Bug: a house-number reader with one softmax head per digit position, made by a list comprehension over range(N_DIGITS) and applied by another, compiled with one from_logits=True loss for every head."""
import keras
from keras import layers

N_DIGITS = 5
inputs = keras.Input(shape=(64, 160, 3))
x = layers.Conv2D(48, 5, padding="same", activation="relu")(inputs)
x = layers.GlobalAveragePooling2D()(x)
x = layers.Dense(512, activation="relu")(x)
digit_heads = [layers.Dense(11, activation="softmax", name=f"digit_{i}") for i in range(N_DIGITS)]
model = keras.Model(inputs, [head(x) for head in digit_heads])
model.compile(optimizer="adam",
              loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),  # expect: XL101
              metrics=["accuracy"] * N_DIGITS)
