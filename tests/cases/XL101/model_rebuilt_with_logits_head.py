"""Look-alike: a model that is rebuilt with a logits head and a from_logits loss must stay silent."""
import keras
model = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
model.compile(loss="categorical_crossentropy")
model = keras.Sequential([keras.layers.Dense(10)])
model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))
