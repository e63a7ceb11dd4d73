"""Bug: Keras 1 spelling, to_categorical(y, nb_classes=10) targets meet a five-unit softmax."""
import numpy as np
from keras.models import Sequential
from keras.layers import Dense
from keras.utils import np_utils

y_train = np.load("labels.npy")
Y_train = np_utils.to_categorical(y_train, nb_classes=10)

model = Sequential()
model.add(Dense(output_dim=64, input_dim=100, activation="relu"))
model.add(Dense(output_dim=5, activation="softmax"))  # expect: XL305
model.compile(loss="categorical_crossentropy", optimizer="sgd", metrics=["accuracy"])
model.fit(X_train, Y_train, nb_epoch=10, batch_size=32)
