"""Look-alike: a two-unit softmax on one-hot rows with binary_crossentropy, and one unit on (N,) 0/1 labels, must stay silent."""
import numpy as np
from keras.layers import Dense
from keras.models import Sequential
from keras.utils import to_categorical

x_train = np.random.rand(500, 30)
y_train = np.random.randint(0, 2, size=500)
two = Sequential([Dense(64, activation="relu"), Dense(2, activation="softmax")])
two.compile(loss="categorical_crossentropy", optimizer="adam")
two.fit(x_train, to_categorical(y_train, 2))
one = Sequential([Dense(64, activation="relu"), Dense(1, activation="sigmoid")])
one.compile(loss="binary_crossentropy", optimizer="adam")
one.fit(x_train, y_train)
