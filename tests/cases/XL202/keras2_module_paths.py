"""Bug: a multi-unit sigmoid head imported from Keras 2 module paths meets categorical_crossentropy."""
from keras.layers.core import Dense
from keras.models import Sequential
model = Sequential([Dense(3, activation="sigmoid")])
model.compile(loss="categorical_crossentropy")  # expect: XL202
