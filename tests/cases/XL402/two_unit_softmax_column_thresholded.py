"""Look-alike: one column of a two-unit softmax thresholded at 0.5 must stay silent."""
import keras
model = keras.Sequential([keras.layers.Dense(2, activation="softmax")])
model.compile(loss="categorical_crossentropy")
positive = model.predict(x)[:, 1] > 0.5
