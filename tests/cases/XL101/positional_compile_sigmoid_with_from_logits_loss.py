"""Bug: a sigmoid head is compiled positionally with BinaryCrossentropy(from_logits=True)."""
from tensorflow import keras
model = keras.Sequential(name="clf")
model.add(keras.layers.Dense(32, activation="relu", input_shape=(8,)))
model.add(keras.layers.Dense(1, activation="sigmoid"))
opt = keras.optimizers.Adam(1e-3)
loss = keras.losses.BinaryCrossentropy(from_logits=True)  # expect: XL101
model.compile(opt, loss, metrics=["accuracy"])
