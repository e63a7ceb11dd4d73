"""Bug: a Python 2 training script (`raise IOError, message`) cannot be parsed, so the file is not checked."""
import sys
import numpy as np
from keras.models import Sequential
from keras.layers import Dense, Dropout

def load(path):
    if not path.endswith(".csv"):
        raise IOError, "expected a CSV file, got %s" % path  # expect: XL001
    data = np.loadtxt(path, delimiter=",")
    return data[:, :-1], data[:, -1]

x, y = load(sys.argv[1])
model = Sequential()
model.add(Dense(64, input_dim=x.shape[1], activation="relu"))
model.add(Dropout(0.5))
model.add(Dense(1, activation="sigmoid"))
model.compile(loss="binary_crossentropy", optimizer="rmsprop", metrics=["accuracy"])
model.fit(x, y, nb_epoch=20, batch_size=16)
