"""Look-alike: Keras 1 code, "accuracy" with categorical_crossentropy is categorical accuracy there must stay silent."""
from keras.layers import Dense
from keras.models import Sequential
from keras.utils import np_utils

Y_train = np_utils.to_categorical(y_train, 10)
model = Sequential()
model.add(Dense(512, input_dim=784, activation="relu"))
model.add(Dense(10, activation="softmax"))
model.compile(loss="categorical_crossentropy", optimizer="rmsprop", metrics=["accuracy"])
model.fit(X_train, Y_train, batch_size=128, nb_epoch=20)
