"""Bug: metrics=['accuracy'] read back as history['acc'] (Keras <= 2.2) with binary_crossentropy on a 20-class softmax: binary accuracy, inflated."""
import matplotlib.pyplot as plt
import numpy as np
from keras.layers import Dense
from keras.models import Sequential
from keras.utils import np_utils

X = np.random.rand(1000, 100)
Y = np_utils.to_categorical(np.random.randint(0, 20, 1000), 20)
model = Sequential()
model.add(Dense(64, activation="relu", input_dim=100))
model.add(Dense(20, activation="softmax"))
model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])  # expect: XL205
history = model.fit(X, Y, epochs=10, validation_split=0.2)
plt.plot(history.history["acc"])
plt.plot(history.history["val_acc"])
plt.show()
