"""Look-alike: a multi-output model with a loss per output must stay silent."""
from tensorflow import keras
inputs = keras.Input((64,))
h = keras.layers.Dense(64, activation="relu")(inputs)
age = keras.layers.Dense(1, name="age")(h)
race = keras.layers.Dense(5, activation="softmax", name="race")(h)
model = keras.Model(inputs, [age, race])
model.compile(loss={"age": "mse", "race": "sparse_categorical_crossentropy"})
model.compile(loss=["mse", keras.losses.SparseCategoricalCrossentropy()])
model.fit(x, {"age": ages, "race": races})
