"""Look-alike: metrics=['acc'] read as history['acc'] (its key in every version), and 'accuracy' read as history['accuracy'], with binary_crossentropy on a softmax, must stay silent."""
import numpy as np
from keras.layers import Dense
from keras.models import Sequential
from keras.utils import to_categorical

X = np.random.rand(1000, 100)
Y = to_categorical(np.random.randint(0, 20, 1000), 20)
old_spelling = Sequential([Dense(64, activation="relu"), Dense(20, activation="softmax")])
old_spelling.compile(loss="binary_crossentropy", optimizer="adam", metrics=["acc"])
history = old_spelling.fit(X, Y, epochs=10)
print(history.history["acc"])
current = Sequential([Dense(64, activation="relu"), Dense(20, activation="softmax")])
current.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
print(current.fit(X, Y, epochs=10).history["accuracy"])
