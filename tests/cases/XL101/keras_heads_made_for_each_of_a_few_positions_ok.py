"""Look-alike: the same per-digit heads made over range(N_DIGITS) giving logits, compiled with from_logits=True, must stay silent."""
import keras
from keras import layers

N_DIGITS = 5
inputs = keras.Input(shape=(64, 160, 3))
x = layers.Conv2D(48, 5, padding="same", activation="relu")(inputs)
x = layers.GlobalAveragePooling2D()(x)
x = layers.Dense(512, activation="relu")(x)
digit_heads = [layers.Dense(11, name=f"digit_{i}") for i in range(N_DIGITS)]
model = keras.Model(inputs, [head(x) for head in digit_heads])
model.compile(optimizer="adam",
              loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
              metrics=["accuracy"] * N_DIGITS)
