"""Look-alike: a softmax head with a probabilities loss must stay silent."""
import keras
model = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
model.compile(loss="categorical_crossentropy")
