"""Look-alike: a layer added conditionally, which keeps the final softmax head, must stay silent."""
import keras
model = keras.Sequential()
model.add(keras.layers.Dense(64, activation="relu"))
if dropout:
    model.add(keras.layers.Dropout(0.5))
model.add(keras.layers.Dense(10, activation="softmax"))
model.compile(loss="categorical_crossentropy")
