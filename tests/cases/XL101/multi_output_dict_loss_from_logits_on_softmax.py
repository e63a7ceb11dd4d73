"""Bug: a per-output loss dict gives a softmax output a from_logits loss."""
from tensorflow import keras
from tensorflow.keras import layers
inp = keras.Input((64,))
h = layers.Dense(64, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
race = layers.Dense(5, activation="softmax", name="race")(h)
model = keras.Model(inp, [age, race])
model.compile(optimizer="adam", loss={"age": "mse", "race": keras.losses.SparseCategoricalCrossentropy(from_logits=True)})  # expect: XL101
