"""Look-alike: a logits head with from_logits=True must stay silent."""
import keras
model = keras.Sequential([keras.layers.Dense(10)])
model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))
