"""Look-alike: an unknown custom layer at the end of a model must stay silent."""
import keras
model = keras.Sequential([keras.layers.Dense(10), MyHead()])
model.compile(loss="categorical_crossentropy")
