"""Look-alike: Keras 1 code, binary accuracy over a 2-unit softmax equals its categorical accuracy must stay silent."""
from keras.layers import Dense
from keras.models import Sequential
from keras.utils import np_utils

Y_train = np_utils.to_categorical(y_train, 2)
model = Sequential()
model.add(Dense(64, input_dim=20, activation="relu"))
model.add(Dense(2, activation="softmax"))
model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
model.fit(X_train, Y_train, nb_epoch=10)
