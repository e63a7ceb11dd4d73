"""Bug: one function builds the model into a global, another compiles it: its raw Dense(1) meets binary_crossentropy."""
import numpy as np
from keras.layers import Dense
from keras.models import Sequential

model = None


def define():
    global model
    model = Sequential()
    model.add(Dense(64, activation="relu", input_dim=20))
    model.add(Dense(1))


def train(X, y):
    model.compile(loss="binary_crossentropy", optimizer="rmsprop")  # expect: XL102
    model.fit(X, y, epochs=10)


define()
train(np.random.rand(100, 20), np.random.randint(0, 2, 100))
