"""Look-alike: a global model built with a sigmoid head, and a function's local model of the same name, must stay silent."""
from keras.layers import Dense
from keras.models import Sequential

model = None


def define():
    global model
    model = Sequential([Dense(64, activation="relu"), Dense(1, activation="sigmoid")])


def experiment():
    model = Sequential([Dense(1)])  # a local model, not the global one
    return model


def train(X, y):
    model.compile(loss="binary_crossentropy", optimizer="rmsprop")
    model.fit(X, y)


define()
experiment()
