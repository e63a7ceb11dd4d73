"""Bug: labels drawn from three classes (np.random.randint(0, 3)) reach one sigmoid unit with binary_crossentropy; labels drawn from two (randint(0, 2)) must stay silent."""
import numpy as np
from keras.layers import Dense
from keras.models import Sequential

X = np.random.rand(1500, 2)
y = np.random.randint(0, 3, size=1500)
model = Sequential()
model.add(Dense(1, input_shape=(2,), activation="sigmoid"))  # expect: XL305
model.compile("adam", "binary_crossentropy", metrics=["accuracy"])
model.fit(X, y, epochs=20)

y_binary = np.random.randint(0, 2, size=1500)
binary = Sequential()
binary.add(Dense(1, input_shape=(2,), activation="sigmoid"))
binary.compile("adam", "binary_crossentropy", metrics=["accuracy"])
binary.fit(X, y_binary, epochs=20)
