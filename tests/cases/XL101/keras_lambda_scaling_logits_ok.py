"""Look-alike: the Lambda layer divides raw logits by a temperature, and the loss is told they are logits, must stay silent."""
import numpy as np
from tensorflow import keras

TEMPERATURE = 1.7

features = np.random.rand(800, 40).astype("float32")
labels = np.random.randint(0, 5, 800)
inputs = keras.Input(shape=(40,))
hidden = keras.layers.Dense(128, activation="relu")(inputs)
probs = keras.layers.Dense(5)(hidden)
scaled = keras.layers.Lambda(lambda z: z / TEMPERATURE, name="temperature")(probs)
model = keras.Model(inputs, scaled)
model.compile(optimizer="adam",
              loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
model.fit(features, labels, epochs=5)
