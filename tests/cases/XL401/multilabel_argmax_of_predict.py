"""Bug: a multi-label model is decoded by argmax."""
import numpy as np
import keras
model = keras.Sequential([keras.layers.Dense(20, activation="sigmoid")])
model.compile(loss="binary_crossentropy")
top = np.argmax(model.predict(x), axis=1)  # expect: XL401
