"""Look-alike: a Keras ensemble averaging two logits heads compiled with from_logits=True, and the average of two softmax heads compiled with the default categorical cross-entropy: both right, must stay silent."""
import keras
from keras import layers

inputs = keras.Input((16,))
logits = keras.Model(inputs, layers.Average()([layers.Dense(5)(inputs), layers.Dense(5)(inputs)]))
logits.compile(optimizer="adam", loss=keras.losses.CategoricalCrossentropy(from_logits=True))

probabilities = keras.Model(inputs, layers.Average()([
    layers.Dense(5, activation="softmax")(inputs), layers.Dense(5, activation="softmax")(inputs)]))
probabilities.compile(optimizer="adam", loss="categorical_crossentropy")
