"""Bug: a Keras ensemble averaging two softmax heads (layers.Average) compiled with CategoricalCrossentropy(from_logits=True); and a temperature-scaled softmax head (Rescaling, then a Softmax layer) compiled the same way: both outputs are probabilities."""
import keras
from keras import layers

inputs = keras.Input((16,))
first = layers.Dense(5, activation="softmax")(inputs)
second = layers.Dense(5, activation="softmax")(layers.Dense(32, activation="relu")(inputs))
ensemble = keras.Model(inputs, layers.Average()([first, second]))
ensemble.compile(optimizer="adam",
                 loss=keras.losses.CategoricalCrossentropy(from_logits=True))  # expect: XL101

scores = layers.Dense(5)(inputs)
calibrated = keras.Model(inputs, layers.Softmax()(layers.Rescaling(1 / 2.0)(scores)))
calibrated.compile(optimizer="adam",
                   loss=keras.losses.CategoricalCrossentropy(from_logits=True))  # expect: XL101
