"""Bug: 0/1 labels of shape (N,) meet a two-unit softmax through binary_crossentropy (the Stack Overflow classic)."""
import numpy as np
from keras.layers import Dense, Dropout
from keras.models import Sequential

x_train = np.random.rand(500, 30)
y_train = np.random.randint(0, 2, size=500)
model = Sequential()
model.add(Dense(64, activation="relu", input_dim=30))
model.add(Dropout(0.5))
model.add(Dense(2, activation="softmax"))
model.compile(loss="binary_crossentropy", optimizer="rmsprop", metrics=["accuracy"])  # expect: XL303
model.fit(x_train, y_train, epochs=20, batch_size=128)
